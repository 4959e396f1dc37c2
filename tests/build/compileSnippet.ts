import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { chapterPipeline } from '../../scripts/mdx/chapterPipeline';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ name: string; value: unknown }>;
  children?: JsxNode[];
}

/**
 * Compiles a chapter's opening (no section headings, so every block keeps its HTML inline) with the book's own
 * chain and returns the HTML of each static block, in order.
 */
export async function compileOpening(
  source: string,
  path = '/book/content/en/09-test.mdx',
): Promise<string[]> {
  const pipeline = chapterPipeline();
  let tree: JsxNode | undefined;
  await compile(
    { value: source, path },
    {
      remarkPlugins: pipeline.remarkPlugins,
      rehypePlugins: [
        ...pipeline.rehypePlugins,
        () => (root: Root) => {
          tree = structuredClone(root) as unknown as JsxNode;
        },
      ],
    },
  );
  const blocks: string[] = [];
  const visit = (node: JsxNode) => {
    if (node.name === 'StaticHtml') {
      const html = node.attributes?.find((attribute) => attribute.name === 'html')?.value;
      if (typeof html === 'string') blocks.push(html);
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (tree) visit(tree);
  return blocks;
}
