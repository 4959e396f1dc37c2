import { createElement, type HTMLAttributes, useCallback, useContext } from 'react';
import { ChapterProseContext, SectionContext } from './ChapterSection';

interface StaticHtmlProps extends HTMLAttributes<HTMLElement> {
  /** The block's element: p, h2, div, table… */
  as: string;
  /** Its inside, as HTML serialised at build time from the chapter's own source (never from user input)… */
  html?: string;
  /** …or, for a block inside a section, the number of its text in the chapter's prose module. */
  part?: string;
}

/**
 * One block of a chapter's prose, built by the browser's HTML parser instead of by React (see
 * scripts/mdx/rehypeStaticHtml.ts for why). The HTML comes only from the book's MDX files at build time.
 * A block inside a section starts empty and is filled by the chapter's prose queue (proseQueue.ts).
 */
export function StaticHtml({ as, html, part, ...attributes }: StaticHtmlProps) {
  const queue = useContext(ChapterProseContext)?.queue;
  const section = useContext(SectionContext);
  const queueFill = useCallback(
    (element: HTMLElement | null) => {
      if (element && queue && section && part !== undefined)
        queue.fill(section.index, section.fonts, element, Number(part));
    },
    [queue, section, part],
  );
  if (html !== undefined)
    return createElement(as, { ...attributes, dangerouslySetInnerHTML: { __html: html } });
  return createElement(as, { ...attributes, ref: queueFill });
}
