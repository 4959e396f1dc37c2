import type { Root } from 'hast';
import { exportStrings, isSectionHeading } from './mdxNodes.ts';

/**
 * Build-time step for chapter MDX: finds which KaTeX fonts the chapter's formulas use and exports them as CSS
 * `font` shorthands ('1em KaTeX_Main', 'italic 1em KaTeX_Math', …):
 * `openingFonts`, those used before the first section heading (the opening paragraphs, a phone's first screen).
 * Each section's own list is written by rehypeSections.ts.
 *
 * Why: typeset formulas change width when their fonts arrive. If the text is already on screen, every paragraph
 * with math re-wraps and the page jumps (a layout shift of 0.15 on a phone). The shell waits for the opening fonts
 * before it shows the chapter, and for each section's fonts before it shows that section, so nothing is laid out
 * twice. Waiting for all of them at once would hold the text back for 150 KB of fonts on a slow phone.
 * Must run after rehype-katex and before the sections are made.
 */

/** KaTeX class → the font face it draws with (see katex.css). Anything inside `.katex` uses KaTeX_Main. */
const FACE_OF_CLASS: Record<string, string> = {
  katex: '1em KaTeX_Main',
  mathnormal: 'italic 1em KaTeX_Math',
  mathbf: 'bold 1em KaTeX_Main',
  boldsymbol: 'bold italic 1em KaTeX_Math',
  mathit: 'italic 1em KaTeX_Main',
  textit: 'italic 1em KaTeX_Main',
  amsrm: '1em KaTeX_AMS',
  mathbb: '1em KaTeX_AMS',
  textbb: '1em KaTeX_AMS',
  mathcal: '1em KaTeX_Caligraphic',
  mathfrak: '1em KaTeX_Fraktur',
  textfrak: '1em KaTeX_Fraktur',
  mathscr: '1em KaTeX_Script',
  mathsf: '1em KaTeX_SansSerif',
  textsf: '1em KaTeX_SansSerif',
  mathtt: '1em KaTeX_Typewriter',
  texttt: '1em KaTeX_Typewriter',
  'small-op': '1em KaTeX_Size1',
  'large-op': '1em KaTeX_Size2',
};

/** `size1`…`size4` name a delimiter font only next to `delimsizing`; elsewhere they are text sizes. */
const DELIMITER_FACE: Record<string, string> = {
  size1: '1em KaTeX_Size1',
  size2: '1em KaTeX_Size2',
  size3: '1em KaTeX_Size3',
  size4: '1em KaTeX_Size4',
};

export type Node = {
  type: string;
  tagName?: string;
  name?: string | null;
  children?: Node[];
  properties?: { className?: unknown };
};

export function collectFaces(node: Node, faces: Set<string>): void {
  const classes = node.properties?.className;
  if (Array.isArray(classes)) {
    const isDelimiter = classes.includes('delimsizing');
    for (const name of classes.map(String)) {
      const face = FACE_OF_CLASS[name] ?? (isDelimiter ? DELIMITER_FACE[name] : undefined);
      if (face) faces.add(face);
    }
  }
  for (const child of node.children ?? []) collectFaces(child, faces);
}

export function rehypeKatexFonts() {
  return (tree: Root) => {
    const opening = new Set<string>();
    for (const child of tree.children as Node[]) {
      if (isSectionHeading(child)) break;
      collectFaces(child, opening);
    }
    (tree.children as unknown[]).push(exportStrings('openingFonts', [...opening].sort()));
  };
}
