import { type ComponentType, useEffect, useRef, useState } from 'react';
import { useStrings } from '../lang';
import { WIDGET_LOAD_STRINGS } from './loadStrings';
import type { WidgetEntry, WidgetRegistry } from './registry';
import { WidgetIdContext } from './widgetId';

/** Start fetching and building a widget when it comes within this distance of the window. */
const MOUNT_MARGIN = '600px 0px';

/** One widget's code and the fetch shared by every copy on the page (so it happens once). */
interface WidgetCode {
  entry: WidgetEntry;
  loading?: Promise<ComponentType>;
  loaded?: ComponentType;
}

/**
 * Fetches and builds a widget only when the reader scrolls near it. A chapter holds several experiments, each a
 * chunk of code that simulates thousands of points on mount; loading and running all of that with the prose
 * delays the text and blocks the main thread for seconds on a phone. Until then a placeholder of about the
 * widget's height keeps the page from jumping. Once built, a widget stays.
 * Where IntersectionObserver is missing (old browsers, jsdom) the widget is fetched at once.
 * This is the component a chapter's MDX embeds for one registry entry; it gives the widget its id.
 */
export function deferUntilVisible(entry: WidgetEntry): ComponentType {
  const code: WidgetCode = { entry };
  // biome-ignore lint/correctness/noComponentHookFactories: a factory run once per widget when its module loads, never during a render.
  const Entry = () => <DeferredWidget code={code} />;
  Entry.displayName = `Deferred(${entry.id})`;
  return Entry;
}

/** Every entry of a chapter's registry as a deferred component, under the same names. */
export function deferWidgets<R extends WidgetRegistry>(registry: R): { [K in keyof R]: ComponentType } {
  const components = {} as { [K in keyof R]: ComponentType };
  for (const name of Object.keys(registry) as (keyof R)[])
    components[name] = deferUntilVisible(registry[name]);
  return components;
}

function DeferredWidget({ code }: { code: WidgetCode }) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [Widget, setWidget] = useState<ComponentType | undefined>(() => code.loaded);
  const [failed, setFailed] = useState(false);
  const placeholderRef = useRef<HTMLElement>(null);
  const t = useStrings(WIDGET_LOAD_STRINGS);

  useEffect(() => {
    const element = placeholderRef.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: MOUNT_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    if (!near || Widget) return;
    let current = true;
    code.loading ??= code.entry.load();
    code.loading.then(
      (component) => {
        code.loaded = component;
        if (current) setWidget(() => component);
      },
      () => {
        code.loading = undefined; // a later mount may try again
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [near, Widget, code]);

  if (near && Widget)
    return (
      <WidgetIdContext.Provider value={code.entry.id}>
        <Widget />
      </WidgetIdContext.Provider>
    );
  return (
    <figure
      ref={placeholderRef}
      className="widget widget--placeholder"
      data-widget={code.entry.id}
      data-deferred="true"
      style={{ minHeight: code.entry.height }}
    >
      <p role={failed ? 'alert' : undefined}>{failed ? t.failed : t.preparing}</p>
    </figure>
  );
}
