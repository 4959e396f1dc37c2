import { afterNextPaint } from './afterNextPaint';
import { fontsReady } from './fontsReady';

/** The longest stretch of filling in text before the browser gets the main thread back for input and painting. */
const SLICE_MS = 8;

/** A chapter's section text: one HTML string per block, in the order the blocks' `part` numbers refer to. */
export type ProseLoader = () => Promise<{ default: readonly string[] }>;

/**
 * Fills in a chapter's sections once its opening paragraphs are on screen.
 *
 * A chapter is some ten thousand elements of typeset math. Shipping and inserting all of it at once kept a phone's
 * main thread busy for most of a second before the first paragraph appeared. So the build puts the sections' text
 * in a module of its own (scripts/mdx/rehypeStaticHtml.ts); each block of it is rendered as an empty element and
 * handed to this queue with its number. When `paced`, the queue waits for the opening to be painted, fetches the
 * text, and then goes through the sections in reading order: it waits until the fonts a section's formulas use
 * have loaded (so no formula is laid out twice and the page never jumps) and fills its blocks in slices of at most
 * SLICE_MS. The sections are off screen meanwhile and skipped by layout (content-visibility: auto).
 * Not paced (a link to a section, which must exist before the page can scroll to it), everything is filled at once.
 */
export interface ProseQueue {
  /** False when everything is filled at once (a link to a section). */
  readonly paced: boolean;
  /** Queues `element` (a block of section `section`, whose formulas use `fonts`) to be filled with text `part`. */
  fill(section: number, fonts: readonly string[], element: HTMLElement, part: number): void;
  /** Runs `done` once everything queued before it has been filled. */
  whenDone(done: () => void): void;
}

interface Block {
  section: number;
  fonts: readonly string[];
  element: HTMLElement;
  part: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `onFailure` is told when the sections' text cannot be fetched (offline, a deleted build); nothing is filled. */
export function createProseQueue(
  loadProse: ProseLoader,
  paced: boolean,
  onFailure: () => void = () => undefined,
): ProseQueue {
  const blocks: Block[] = [];
  let finished: Array<() => void> = [];
  let running = false;
  let text: Promise<readonly string[]> | undefined;

  function fillBlock(block: Block, parts: readonly string[]): void {
    // A block no longer in the page belongs to a chapter the reader has left.
    if (!block.element.isConnected) return;
    block.element.innerHTML = parts[block.part] ?? '';
  }

  /** A section's blocks are all filled: it gives up its placeholder height. */
  function markFilled(batch: Block[]): void {
    batch
      .find((block) => block.element.isConnected)
      ?.element.closest('[data-pending]')
      ?.removeAttribute('data-pending');
  }

  async function run(): Promise<void> {
    if (paced) await afterNextPaint();
    text ??= loadProse().then((module) => module.default);
    let parts: readonly string[];
    try {
      parts = await text;
    } catch {
      text = undefined; // a later chapter visit may try again
      running = false;
      onFailure();
      return;
    }
    while (blocks.length > 0) {
      // Blocks from one React commit arrive together and in document order; sections go in reading order.
      blocks.sort((a, b) => a.section - b.section);
      const section = blocks[0].section;
      const end = blocks.findIndex((block) => block.section !== section);
      const batch = blocks.splice(0, end === -1 ? blocks.length : end);
      if (!paced) {
        for (const block of batch) fillBlock(block, parts);
        markFilled(batch);
        continue;
      }
      await fontsReady(batch[0].fonts);
      let start = performance.now();
      for (const block of batch) {
        fillBlock(block, parts);
        if (performance.now() - start > SLICE_MS) {
          await nextTask();
          start = performance.now();
        }
      }
      markFilled(batch);
      await nextTask();
    }
    running = false;
    const callbacks = finished;
    finished = [];
    for (const callback of callbacks) callback();
  }

  function schedule(): void {
    if (running) return;
    running = true;
    // After the current React commit, so that all of its blocks are queued before the first is filled.
    setTimeout(() => void run(), 0);
  }

  return {
    paced,
    fill(section, fonts, element, part) {
      blocks.push({ section, fonts, element, part });
      schedule();
    },
    whenDone(done) {
      finished.push(done);
      schedule();
    },
  };
}
