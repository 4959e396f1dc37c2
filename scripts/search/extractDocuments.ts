import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { SearchDocument } from '../../src/search/types.ts';

/**
 * A chapter's MDX source → its searchable passages: the opening (text before the first `<h2 id>`) and one passage
 * per section, each with its heading and plain text. Math is left out (a search for a word should not land in
 * TeX), except one-letter-or-so formulas such as $Z$ or $n$, which read as words in a sentence. Widgets, imports and
 * expressions carry no prose and are skipped.
 *
 * Parsed with MDX's own parser and the chapters' remark plugins (so `$…$` and tables are read as the book reads
 * them), without compiling: the index needs words, not KaTeX's HTML.
 */

type Node = {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
};

export interface ChapterSource {
  /** `NN-slug`. */
  slug: string;
  /** The chapter's title, used as the opening's title. */
  title: string;
  /** Shown above each result, e.g. `Chapter 3 · The partition function`. */
  group: string;
  /** Where a section is, inside the hash (chapters.ts `chapterPath`). */
  path: (section?: string) => string;
}

const SKIPPED = new Set([
  'math',
  'code',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);
const INLINE = new Set([
  'text',
  'inlineCode',
  'inlineMath',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'break',
]);
/** A citation as authors write it (scripts/mdx/remarkCitations.ts turns it into a numbered link). */
const CITATION = /\[@[^\]]*\]/g;
/** A formula that reads as a word: a letter or two, a small number. */
const WORD_LIKE_MATH = /^(?:[A-Za-z]{1,2}|\d{1,3})$/;

function textOf(node: Node): string {
  if (SKIPPED.has(node.type)) return '';
  // Notes for the presenter deck (src/present/) are not part of the page the reader sees.
  if (node.name === 'PresenterNotes') return '';
  // Citations `[@key]`, `[@a; @b, §3]` are numbered links in the page, not words of the text.
  if (node.type === 'text') return (node.value ?? '').replace(CITATION, '');
  if (node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'inlineMath') {
    const tex = (node.value ?? '').trim();
    return WORD_LIKE_MATH.test(tex) ? tex : '';
  }
  if (node.type === 'break') return ' ';
  const children = node.children ?? [];
  // Blocks are separated by a space, inline pieces joined as written.
  const parts = children.map(textOf);
  return children.every((child) => INLINE.has(child.type)) ? parts.join('') : parts.join(' ');
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)，。；：！？）、])/g, '$1')
    .trim();
}

/**
 * The `<h2 id>` that starts a section, if the node is one. Parsed without MDX's transforms, a tag alone on its line
 * is still inside a paragraph (MDX unwraps it later, as rehypeSections.ts sees it), so look inside.
 */
function sectionHeading(node: Node): { id: string; heading: Node } | undefined {
  const only = node.type === 'paragraph' ? node.children?.filter((child) => !isBlank(child)) : [node];
  const heading = only?.length === 1 ? only[0] : undefined;
  if (!heading?.type.startsWith('mdxJsx') || heading.name !== 'h2') return undefined;
  const id = heading.attributes?.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
  );
  return typeof id?.value === 'string' ? { id: id.value, heading } : undefined;
}

function isBlank(node: Node): boolean {
  return node.type === 'text' && (node.value ?? '').trim() === '';
}

const processor = createProcessor({ remarkPlugins: [remarkGfm, remarkMath] });

export function extractDocuments(source: string, chapter: ChapterSource): SearchDocument[] {
  const tree = processor.parse(source) as unknown as Node;
  const opening: SearchDocument = {
    id: chapter.slug,
    path: chapter.path(),
    target: '',
    group: chapter.group,
    title: chapter.title,
    text: '',
  };
  const documents = [opening];
  const texts: string[][] = [[]];
  for (const node of tree.children ?? []) {
    const section = sectionHeading(node);
    if (section) {
      const { id, heading } = section;
      documents.push({
        id: `${chapter.slug}#${id}`,
        path: chapter.path(id),
        target: id,
        group: chapter.group,
        title: tidy(textOf(heading)),
        text: '',
      });
      texts.push([]);
    } else {
      texts[texts.length - 1].push(textOf(node));
    }
  }
  documents.forEach((document, index) => {
    document.text = tidy(texts[index].join(' '));
  });
  return documents.filter((document) => document.text || document.target);
}
