import type { Root } from 'hast';
import { isSectionHeading } from './mdxNodes.ts';
import { collectFaces, type Node } from './rehypeKatexFonts.ts';

/**
 * Build-time step for chapter MDX: wraps each `<h2>` and everything up to the next `<h2>` in
 * `<ChapterSection index="3" fonts="1em KaTeX_Main|italic 1em KaTeX_Math">`, and ends the chapter with
 * `<ChapterEnd />`. Both components live in src/book/ChapterSection.tsx.
 *
 * Why: a chapter is some ten thousand elements of typeset math. The shell shows the opening paragraphs first and
 * fills in the sections afterwards, each once its fonts are in (src/book/proseQueue.ts), and the stylesheet lets
 * the browser skip laying out sections far from the window (`content-visibility: auto`). The text before the first
 * heading stays outside, as the chapter's opening. Must run after rehype-katex, before rehypeStaticHtml.
 */

type JsxAttribute = { type: 'mdxJsxAttribute'; name: string; value: string };

function jsx(name: string, attributes: Record<string, string>): Node & { attributes: JsxAttribute[] } {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({
      type: 'mdxJsxAttribute',
      name: key,
      value,
    })),
    children: [],
  };
}

export function rehypeSections() {
  return (tree: Root) => {
    const grouped: Node[] = [];
    const sections: Node[] = [];
    for (const child of tree.children as Node[]) {
      if (isSectionHeading(child)) {
        const section = jsx('ChapterSection', { index: String(sections.length) });
        sections.push(section);
        grouped.push(section);
      }
      const current = sections.at(-1);
      // Imports and exports stay at the top level, where MDX looks for them.
      if (current && child.type !== 'mdxjsEsm') current.children?.push(child);
      else grouped.push(child);
    }
    for (const section of sections) {
      const faces = new Set<string>();
      collectFaces(section, faces);
      (section as Node & { attributes: JsxAttribute[] }).attributes.push({
        type: 'mdxJsxAttribute',
        name: 'fonts',
        value: [...faces].sort().join('|'),
      });
    }
    grouped.push(jsx('ChapterEnd', {}));
    tree.children = grouped as Root['children'];
  };
}
