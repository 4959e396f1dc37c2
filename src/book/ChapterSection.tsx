import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import type { ProseQueue } from './proseQueue';

/** What the chapter's build-time elements need from the page: the queue that fills the sections, and who to tell
 * when the chapter is complete. Provided by ChapterPage's ChapterBody. */
export interface ChapterProse {
  queue: ProseQueue;
  complete: () => void;
}
export const ChapterProseContext = createContext<ChapterProse | undefined>(undefined);

/** The section a block of prose belongs to, for StaticHtml: its place in the queue and the fonts it needs. */
export const SectionContext = createContext<{ index: number; fonts: readonly string[] } | undefined>(
  undefined,
);

interface ChapterSectionProps {
  /** Written at build time by scripts/mdx/rehypeSections.ts: position in reading order, fonts ('|'-separated). */
  index: string;
  fonts: string;
  children?: ReactNode;
}

/** One h2 and what follows it; its prose is filled in by the queue. */
export function ChapterSection({ index, fonts, children }: ChapterSectionProps) {
  const paced = useContext(ChapterProseContext)?.queue.paced ?? false;
  const section = useMemo(
    () => ({ index: Number(index), fonts: fonts ? fonts.split('|') : [] }),
    [index, fonts],
  );
  // Until the queue has filled it, a section keeps a placeholder height (see book.css), so the empty sections do
  // not all crowd into view at once and wake the widgets further down. After a link to a section the whole
  // chapter is laid out at once ("whole"), so the page lands exactly on the heading instead of on estimates.
  return (
    <section
      className={paced ? 'chapter-section' : 'chapter-section chapter-section--whole'}
      data-pending="true"
    >
      <SectionContext.Provider value={section}>{children}</SectionContext.Provider>
    </section>
  );
}

/** Placed after the last section at build time: reports when the whole chapter is in place. */
export function ChapterEnd() {
  const prose = useContext(ChapterProseContext);
  useEffect(() => {
    prose?.queue.whenDone(prose.complete);
  }, [prose]);
  return null;
}
