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
    // An instant jump, then once more after the next frame: the sections passed over were laid out only by
    // estimate (content-visibility), and their real heights move the entry (no smooth scroll: it would end short).
    entry.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => requestAnimationFrame(() => entry.scrollIntoView({ block: 'center' })));
    if (!entry.hasAttribute('tabindex')) entry.setAttribute('tabindex', '-1');
    entry.focus({ preventScroll: true });
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
