import { type Bibliography, type CslEntry, loadBibliography } from './bibliography.ts';
import { formatReference, type Lang, type Phrasing, shortLabel } from './formatReference.ts';

/**
 * Build-time step for chapter MDX: citations and the chapter's reference list, from content/references.bib.
 *
 * - `[@ho2020]`, `[@song2019; @ho2020]` or `[@goodfellow2016, §16.2]` in the prose becomes `[3]`, `[2, 3]`,
 *   `[1, §16.2]`: each number a link to its entry, numbered in order of first citation in the chapter.
 * - `<References />` (in the chapter's references section) becomes the numbered list of the works cited, followed
 *   by those named in its `also` attribute (`<References also="koller2009 pearl1988" />`), each `<li id="ref-key">`
 *   with its DOI / arXiv link.
 *
 * Why at the Markdown stage: the output is ordinary Markdown nodes, so the prose stays plain static HTML
 * (rehypeStaticHtml.ts) and no bibliography code or data reaches the browser. An unknown key is a build error.
 */

type Node = {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  data?: Record<string, unknown>;
};

const CITATION = /\[@([A-Za-z0-9_:-]+(?:\s*;\s*@[A-Za-z0-9_:-]+)*)(?:\s*,\s*([^\]]+))?\]/g;

/** Nodes whose text is not prose to scan: code, math, links (a citation inside a link would nest links). */
const SKIPPED = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'link', 'linkReference', 'mdxjsEsm']);

/** `…/content/zh/06-monte-carlo-sampling.mdx` → { lang: 'zh', slug: '06-monte-carlo-sampling' }. */
export function chapterOfPath(path: string | undefined): { lang: Lang; slug: string } {
  const match = /[\\/](en|zh)[\\/]([^\\/]+)\.mdx?$/.exec(path ?? '');
  return match ? { lang: match[1] as Lang, slug: match[2] } : { lang: 'en', slug: 'chapter' };
}

/** The address of an entry in the chapter's list (a hash route; the page scrolls to `?s=`). */
export function referenceHref(lang: Lang, slug: string, key: string): string {
  return `#/${lang}/${slug}?s=ref-${key}`;
}

export function remarkCitations(options: { bibliography?: () => Bibliography } = {}) {
  const bibliographyOf = options.bibliography ?? (() => loadBibliography());
  return () => (tree: Node, file: { path?: string }) => {
    const bibliography = bibliographyOf();
    const { lang, slug } = chapterOfPath(file.path);
    const order: string[] = [];
    const numberOf = (key: string): number => {
      if (!bibliography.has(key))
        throw new Error(`${file.path ?? 'chapter'}: [@${key}] is not in references.bib`);
      let index = order.indexOf(key);
      if (index < 0) index = order.push(key) - 1;
      return index + 1;
    };

    const citation = (keys: string[], locator: string | undefined): Phrasing[] => {
      const nodes: Phrasing[] = [{ type: 'text', value: '[' }];
      keys.forEach((key, index) => {
        if (index > 0) nodes.push({ type: 'text', value: ', ' });
        const entry = bibliography.get(key);
        nodes.push({
          type: 'link',
          url: referenceHref(lang, slug, key),
          title: entry ? shortLabel(entry, lang) : null,
          children: [{ type: 'text', value: String(numberOf(key)) }],
          data: { hProperties: { className: ['cite'] } },
        });
      });
      nodes.push({ type: 'text', value: locator ? `, ${locator.trim()}]` : ']' });
      return nodes;
    };

    const visit = (node: Node) => {
      const children = node.children;
      if (!children) return;
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (SKIPPED.has(child.type)) continue;
        if (child.type === 'text' && child.value?.includes('[@')) {
          const replacement = splitCitations(child.value, citation);
          children.splice(index, 1, ...(replacement as Node[]));
          index += replacement.length - 1;
        } else visit(child);
      }
    };
    visit(tree);

    let listed = false;
    const replaceLists = (node: Node) => {
      const children = node.children;
      if (!children) return;
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child.type === 'mdxJsxFlowElement' && child.name === 'References') {
          const also = child.attributes?.find((attribute) => attribute.name === 'also')?.value;
          for (const key of typeof also === 'string' ? also.split(/[\s,]+/).filter(Boolean) : [])
            numberOf(key);
          children[index] = referenceList(order, bibliography, lang);
          listed = true;
        } else replaceLists(child);
      }
    };
    replaceLists(tree);
    if (order.length > 0 && !listed)
      throw new Error(`${file.path ?? 'chapter'} cites works but has no <References /> to list them`);
  };
}

function splitCitations(
  value: string,
  citation: (keys: string[], locator?: string) => Phrasing[],
): Phrasing[] {
  const nodes: Phrasing[] = [];
  let last = 0;
  for (const match of value.matchAll(CITATION)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push({ type: 'text', value: value.slice(last, start) });
    const keys = match[1].split(';').map((key) => key.trim().replace(/^@/, ''));
    nodes.push(...citation(keys, match[2]));
    last = start + match[0].length;
  }
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

function referenceList(order: readonly string[], bibliography: Bibliography, lang: Lang): Node {
  return {
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    data: { hProperties: { className: ['references'] } },
    children: order.map((key) => ({
      type: 'listItem',
      spread: false,
      data: { hProperties: { id: `ref-${key}` } },
      children: [
        { type: 'paragraph', children: formatReference(bibliography.get(key) as CslEntry, lang) as Node[] },
      ],
    })),
  } as Node;
}
