import { createContext, type ReactNode, useContext, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { UrlWriterTarget } from './urlWriter';

/**
 * The address, as widgets see it: read when a widget starts (a shared link's parameters) and rewritten by the URL
 * writer. The object never changes, so a widget does not re-render when the address does: a slider moved in one
 * figure rewrites the URL, and with a subscription to the router every other figure of the chapter would be
 * rendered again for nothing.
 */
export interface WidgetUrl {
  /** The search string of the address now, e.g. '?walk-demo.steps=50'. */
  search(): string;
  target: UrlWriterTarget;
}

const WidgetUrlContext = createContext<WidgetUrl | null>(null);

/** Put once inside the router, around everything that holds widgets. */
export function WidgetUrlProvider(props: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const latest = useRef({ location, navigate });
  latest.current = { location, navigate };
  const [url] = useState<WidgetUrl>(() => ({
    search: () => latest.current.location.search,
    target: {
      current: () => latest.current.location,
      replace: (pathname, search) => latest.current.navigate({ pathname, search }, { replace: true }),
    },
  }));
  // `props.children` is the same element on every render here, so React does not render the widgets again.
  return <WidgetUrlContext.Provider value={url}>{props.children}</WidgetUrlContext.Provider>;
}

export function useWidgetUrl(): WidgetUrl {
  const url = useContext(WidgetUrlContext);
  if (!url)
    throw new Error(
      'A widget must be rendered inside <WidgetUrlProvider> (src/widgets/common/widgetUrl.tsx).',
    );
  return url;
}
