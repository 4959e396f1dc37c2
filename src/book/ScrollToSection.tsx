import { useEffect, useRef } from 'react';

/**
 * Runs once the chapter is in place: brings the requested section into view (once per chapter), or the top.
 * The page keeps changing above the heading for a moment (experiments are built as they come near, skipped
 * sections get their real height when drawn); the browser's scroll anchoring keeps the heading in place, with
 * figures excluded from anchoring in book.css because a placeholder is replaced when its widget is built.
 */
export function ScrollToSection(props: { id: string | null; widget?: string | null; slug: string }) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    const key = `${props.slug}#${props.id}#${props.widget}`;
    if (done.current === key) return;
    done.current = key;
    // A shared widget link (`?w=<widget-id>`, common/frame/share) opens at its figure, or its placeholder.
    const figure =
      props.widget && /^[\w-]+$/.test(props.widget)
        ? document.querySelector(`figure[data-widget="${props.widget}"]`)
        : null;
    if (figure) figure.scrollIntoView({ block: 'start' });
    else if (props.id) document.getElementById(props.id)?.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [props.id, props.widget, props.slug]);
  return null;
}
