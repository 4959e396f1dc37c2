import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import type { ProseQueue } from './proseQueue';

/** The queue that fills in a chapter's sections (see proseQueue.ts); none when everything is shown at once. */
export const ProseQueueContext = createContext<ProseQueue | undefined>(undefined);

/** The section a block of prose belongs to, for StaticHtml: where it is in the queue and which fonts it needs. */
export interface SectionInfo {
  queue: ProseQueue;
  index: number;
  fonts: readonly string[];
}
export const SectionInfoContext = createContext<SectionInfo | undefined>(undefined);

interface ChapterSectionProps {
  /** Written at build time by scripts/mdx/rehypeSections.ts: position in reading order, fonts ('|'-separated). */
  index: string;
  fonts: string;
  children?: ReactNode;
}

/** One h2 and what follows it. Its prose is filled in by the queue, when there is one. */
export function ChapterSection({ index, fonts, children }: ChapterSectionProps) {
  const queue = useContext(ProseQueueContext);
  const info = useMemo(
    () => (queue ? { queue, index: Number(index), fonts: fonts ? fonts.split('|') : [] } : undefined),
    [queue, index, fonts],
  );
  // Until the queue has filled it, a section keeps a placeholder height (see book.css), so the empty sections do
  // not all crowd into view at once and wake the widgets further down. After a link to a section the whole
  // chapter is laid out at once ("whole"), so the page lands exactly on the heading instead of on estimates.
  return (
    <section
      className={queue && !queue.paced ? 'chapter-section chapter-section--whole' : 'chapter-section'}
      data-pending={info ? 'true' : undefined}
    >
      <SectionInfoContext.Provider value={info}>{children}</SectionInfoContext.Provider>
    </section>
  );
}

/** Called by ChapterEnd when the whole chapter is in place. */
export const ChapterCompleteContext = createContext<() => void>(() => undefined);

/** Placed after the last section at build time: reports when the whole chapter is in place. */
export function ChapterEnd() {
  const queue = useContext(ProseQueueContext);
  const complete = useContext(ChapterCompleteContext);
  useEffect(() => {
    if (queue) queue.whenDone(complete);
    else complete();
  }, [queue, complete]);
  return null;
}
