import type { Element, Root } from 'hast';
import { GLOSSARY, TERM_TIP_ID } from '../../content/glossary.ts';

/**
 * Build-time step for chapter MDX: a glossary term marked in the prose as a Markdown link to `term:<id>`,
 * `[partition function](term:partition-function)`, becomes
 * `<dfn class="term" data-term="partition-function" tabindex="0" aria-describedby="term-tip">partition function</dfn>`,
 * the first mark of each term in the chapter also with `id="term-<id>"` (the glossary page links there).
 *
 * Why plain markup: a component inside a paragraph would turn the whole block into JSX (rehypeStaticHtml.ts).
 * One delegated handler on the page (src/glossary/termTips.ts) shows the definition on hover and on keyboard
 * focus, in the element `#term-tip` that every term is described by. An unknown id is a build error.
 */

export const TERM_LINK_PREFIX = 'term:';

const KNOWN = new Set(GLOSSARY.map((term) => term.id));

type Node = { type: string; children?: Node[] };

export function rehypeGlossaryTerms() {
  return (tree: Root, file: { path?: string }) => {
    const seen = new Set<string>();
    const visit = (node: Node) => {
      if (node.type === 'element') {
        const element = node as unknown as Element;
        const href = element.properties.href;
        if (element.tagName === 'a' && typeof href === 'string' && href.startsWith(TERM_LINK_PREFIX)) {
          const id = href.slice(TERM_LINK_PREFIX.length);
          if (!KNOWN.has(id))
            throw new Error(`${file.path ?? 'chapter'}: term:${id} is not in content/glossary.ts`);
          element.tagName = 'dfn';
          element.properties = {
            ...(seen.has(id) ? {} : { id: `term-${id}` }),
            className: ['term'],
            dataTerm: id,
            tabIndex: 0,
            ariaDescribedBy: [TERM_TIP_ID],
          };
          seen.add(id);
        }
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree as unknown as Node);
  };
}
