/**
 * A citation (`<a class="cite" href="#/en/<slug>?s=ref-<key>">3</a>`, written at build time by
 * scripts/mdx/remarkCitations.ts) scrolls to its entry in the chapter's list and moves focus there, without
 * changing the address: following the link would replace the widgets' settings kept in the URL. Without this
 * script the link still works, as a route to the same chapter at that entry. Loaded by src/book/useReadingAids.ts.
 */
export function installCitationJumps(): () => void {
  const onClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.cite') : null;
    const id = link ? new URLSearchParams(link.hash.split('?')[1] ?? '').get('s') : null;
    const entry = id ? document.getElementById(id) : null;
    if (!entry) return;
    event.preventDefault();
    // An instant jump (no smooth scroll: it would end short), then again whenever the page's height changes for a
    // moment: the sections passed over were laid out only by estimate (content-visibility), and their real heights,
    // or an exercise drawn late, move the entry.
    entry.scrollIntoView({ block: 'center' });
    keepInView(entry);
    if (!entry.hasAttribute('tabindex')) entry.setAttribute('tabindex', '-1');
    entry.focus({ preventScroll: true });
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

/** How long after a jump the page may still settle (sections drawn, figures and exercises built). */
const SETTLE_MS = 1500;

/** Bring the entry back to the centre whenever the page's layout changes during the settling time. */
function keepInView(entry: HTMLElement): void {
  const centre = () => entry.scrollIntoView({ block: 'center' });
  requestAnimationFrame(() => requestAnimationFrame(centre));
  if (typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(centre);
  observer.observe(document.body);
  // The reader scrolling away ends it at once: the page must not pull them back.
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('wheel', stop);
    window.removeEventListener('touchmove', stop);
    window.removeEventListener('keydown', stop);
  };
  window.addEventListener('wheel', stop, { passive: true });
  window.addEventListener('touchmove', stop, { passive: true });
  window.addEventListener('keydown', stop);
  window.setTimeout(stop, SETTLE_MS);
}
