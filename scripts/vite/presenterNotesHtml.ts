import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { hasMathVariant, toMathVariant } from './mathVariants.ts';

/**
 * A presenter note's Markdown → HTML, at build time. Math (`$…$`) is typeset by KaTeX as MathML only: the notes
 * window inserts the HTML as markup, where the book's Content Security Policy (`style-src 'self'`) would refuse
 * the inline styles of KaTeX's HTML output, and MathML needs neither styles nor KaTeX's fonts. Raw HTML in a note
 * is dropped (remark-rehype's default), so a note is Markdown and nothing else.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, { output: 'mathml', strict: 'ignore' });

type Node = { type: string; value?: string; children?: Node[] };

/** No inline styles (the CSP), and MathML's letter variants as Unicode letters (mathVariants.ts). */
function tidy(node: Node, variant?: string): void {
  if (node.type === 'text' && variant) node.value = toMathVariant(node.value ?? '', variant);
  let inner = variant;
  if (node.type === 'element') {
    const { properties } = node as unknown as Element;
    delete properties.style;
    const own = properties.mathVariant ?? properties.mathvariant;
    if (typeof own === 'string' && hasMathVariant(own)) {
      inner = own;
      delete properties.mathVariant;
      delete properties.mathvariant;
    }
  }
  for (const child of node.children ?? []) tidy(child, inner);
}

/** Removes the indentation common to every non-blank line (notes are written indented inside their tag). */
export function dedent(text: string): string {
  const lines = text.replace(/\t/g, '  ').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines
    .map((line) => line.slice(common))
    .join('\n')
    .trim();
}

export function notesToHtml(markdown: string): string {
  const tree = processor.runSync(processor.parse(dedent(markdown))) as Root;
  tidy(tree as unknown as Node);
  const html = toHtml(tree);
  // rehype-katex leaves a formula it cannot parse in red in the page; in a note it is a build error.
  if (html.includes('katex-error'))
    throw new Error(`a formula in a presenter note does not parse: ${markdown}`);
  return html;
}
