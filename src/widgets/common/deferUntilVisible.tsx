import { type ComponentType, useEffect, useRef, useState } from 'react';
import { useStrings } from './lang';

/** Start building a widget when it comes within this distance of the window. */
const MOUNT_MARGIN = '600px 0px';

const STRINGS = { en: { preparing: 'Preparing the experiment…' }, zh: { preparing: '正在准备实验……' } };

/**
 * Builds a widget only when the reader scrolls near it. A chapter holds several experiments, each simulating
 * thousands of points on mount; doing all of that at page load blocks the main thread for seconds on a phone.
 * Until then a placeholder of about the widget's height keeps the page from jumping. Once built, a widget stays.
 * Where IntersectionObserver is missing (old browsers, jsdom) the widget is built at once.
 */
export function deferUntilVisible<P extends object>(
  widgetId: string,
  Widget: ComponentType<P>,
  placeholderHeight = 640,
): ComponentType<P> {
  function DeferredWidget(props: P) {
    const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
    const placeholderRef = useRef<HTMLElement>(null);
    const t = useStrings(STRINGS);
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
    if (near) return <Widget {...props} />;
    return (
      <figure
        ref={placeholderRef}
        className="widget widget--placeholder"
        data-widget={widgetId}
        data-deferred="true"
        style={{ minHeight: placeholderHeight }}
      >
        <p>{t.preparing}</p>
      </figure>
    );
  }
  DeferredWidget.displayName = `Deferred(${Widget.displayName ?? Widget.name})`;
  return DeferredWidget;
}
