import type { Lang } from '../widgets/common/languages';
import { findOccurrences } from './match';

/** The CSS highlight's name; styled with `::highlight(search-term)` in search.css. */
export const HIGHLIGHT_NAME = 'search-term';
/** Long enough to find the word after the jump; then the page is the reader's again. */
const HIGHLIGHT_MS = 10_000;
const GIVE_UP_MS = 15_000;

export interface PageTarget {
  /** Path inside the hash that the reader is going to. */
  path: string;
  /** Id of the section's heading, or '' for the chapter's opening. */
  target: string;
  lang: Lang;
  needles: readonly string[];
}

let clearTimer = 0;

/**
 * Once the chapter the reader jumped to is in place, mark the searched words in the section with the CSS Custom
 * Highlight API (no change to the page's DOM, which React and the prose queue own), scroll the first into view,
 * and move focus to the section's heading so keyboard and screen-reader users continue from there.
 */
export function highlightWhenReady(page: PageTarget): void {
  const started = performance.now();
  const route = `#${page.path.split('?')[0]}`;
  // Called before navigating. Going to another page, the old one stays on screen until the new one has loaded (the
  // router renders in a transition): wait until the title has changed, or the old page would be highlighted.
  const here = window.location.hash.split('?')[0] === route;
  const oldTitle = here ? undefined : document.querySelector('main#main h1')?.textContent;
  const tick = () => {
    // A chapter is aria-busy until all its sections are in (ChapterPage); other pages (a glossary, say) are not.
    const main = document.querySelector<HTMLElement>('main#main');
    const ready =
      main !== null &&
      window.location.hash.split('?')[0] === route &&
      main.querySelector('[aria-busy="true"]') === null &&
      (oldTitle === undefined || main.querySelector('h1')?.textContent !== oldTitle) &&
      (!page.target || document.getElementById(page.target) !== null);
    if (main && ready) {
      // Two frames: after the chapter's own jump to the section (ScrollToSection), so the word's scroll wins.
      requestAnimationFrame(() => requestAnimationFrame(() => highlight(main, page)));
    } else if (performance.now() - started < GIVE_UP_MS) {
      window.setTimeout(tick, 50);
    }
  };
  window.setTimeout(tick, 50);
}

function highlight(main: HTMLElement, page: PageTarget): void {
  const heading = page.target ? document.getElementById(page.target) : main.querySelector('h1');
  // A chapter's section (rehypeSections.ts) holds its heading and text; elsewhere, the heading's parent.
  // A target that is not a heading (a glossary entry) is itself the passage.
  const isHeading = heading instanceof HTMLHeadingElement;
  const scope =
    (page.target && (heading?.closest('section') ?? (isHeading ? heading?.parentElement : heading))) || main;
  const ranges = rangesOf(scope, page.lang, page.needles);
  // The Custom Highlight API is in every current browser; where it is missing the jump still works, unmarked.
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  window.clearTimeout(clearTimer);
  if (highlights && typeof Highlight === 'function' && ranges.length > 0) {
    highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    clearTimer = window.setTimeout(() => highlights.delete(HIGHLIGHT_NAME), HIGHLIGHT_MS);
  }
  if (heading instanceof HTMLElement) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  const first = ranges[0]?.startContainer.parentElement ?? heading;
  const centre = () => first?.scrollIntoView({ block: 'center' });
  centre();
  // Figures near the section are built as they come into view and may move the text once: look again.
  window.setTimeout(centre, 300);
}

/** DOM ranges of the needles in the scope's text, leaving out typeset formulas. */
function rangesOf(scope: Element, lang: Lang, needles: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.katex, script, style, figure')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const [start, end] of findOccurrences(text, lang, needles)) {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}
