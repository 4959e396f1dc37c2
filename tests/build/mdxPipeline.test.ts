import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { chapterPipeline } from '../../scripts/mdx/chapterPipeline';
import { staticHtml } from '../../scripts/mdx/rehypeStaticHtml';

/** A small chapter with an opening, two sections, a widget and math, compiled with the book's rehype chain. */
const SOURCE = `import { Demo } from './demo';

Opening with $x^2$ and **bold** text.

<h2 id="first">First section</h2>

A sum

$$
\\sum_{i=1}^n \\mathbf{x}_i
$$

and $\\mathbb{E}[f]$.

<Demo steps={3} />

<h2 id="second">Second section</h2>

| a | b |
|---|---|
| $y$ | 2 |

More text with $\\tilde p(x)$.
`;

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ name: string; value: unknown }>;
  children?: JsxNode[];
  value?: string;
}

async function compileChapter(path = '/book/content/en/09-test.mdx') {
  const pipeline = chapterPipeline();
  const { inlineStyles: styles, prose } = pipeline;
  let tree: JsxNode | undefined;
  const code = String(
    await compile(
      { value: SOURCE, path },
      {
        remarkPlugins: pipeline.remarkPlugins,
        rehypePlugins: [
          ...pipeline.rehypePlugins,
          () => (root: Root) => {
            tree = structuredClone(root) as unknown as JsxNode;
          },
        ],
      },
    ),
  );
  const load = (plugin: typeof styles.vitePlugin, id: string) => {
    const resolved = (plugin.resolveId as (id: string) => string)(id);
    return (plugin.load as (id: string) => string)(resolved);
  };
  return { code, tree: tree as JsxNode, styles, prose, load };
}

const attribute = (node: JsxNode, name: string) => node.attributes?.find((a) => a.name === name)?.value;
const jsxNamed = (node: JsxNode, name: string): JsxNode[] =>
  [node.name === name ? [node] : [], ...(node.children ?? []).map((child) => jsxNamed(child, name))].flat();

describe('the chapter build steps', () => {
  it('wraps each h2 and what follows in a numbered ChapterSection, the opening stays outside, ChapterEnd closes', async () => {
    const { tree } = await compileChapter();
    const topLevel = (tree.children ?? [])
      .filter((node) => node.type === 'mdxJsxFlowElement')
      .map((n) => n.name);
    expect(topLevel).toEqual(['StaticHtml', 'ChapterSection', 'ChapterSection', 'ChapterEnd']);
    const sections = jsxNamed(tree, 'ChapterSection');
    expect(sections.map((s) => attribute(s, 'index'))).toEqual(['0', '1']);
    // The widget stays a component inside its section, with its expression attribute intact.
    expect(jsxNamed(sections[0], 'Demo')).toHaveLength(1);
    expect(jsxNamed(sections[1], 'Demo')).toHaveLength(0);
  });

  it('records the KaTeX fonts each part uses: the opening for the shell, each section for the queue', async () => {
    const { code, tree } = await compileChapter();
    expect(code).toMatch(/export const openingFonts = \[.*"1em KaTeX_Main".*"italic 1em KaTeX_Math".*\]/);
    expect(code).not.toMatch(/openingFonts = \[[^\]]*KaTeX_AMS/);
    const [first, second] = jsxNamed(tree, 'ChapterSection').map((s) =>
      String(attribute(s, 'fonts')).split('|'),
    );
    // \mathbb → AMS, \mathbf → bold Main, a displayed sum → the large-operator font.
    expect(first).toEqual(
      expect.arrayContaining(['1em KaTeX_AMS', 'bold 1em KaTeX_Main', '1em KaTeX_Size2']),
    );
    expect(second).not.toContain('1em KaTeX_AMS');
    expect(second).toContain('italic 1em KaTeX_Math');
  });

  it('keeps opening HTML inline and moves section HTML, in order, to the prose module the chapter exports', async () => {
    const { code, tree, prose, load } = await compileChapter();
    const opening = (tree.children ?? []).find((n) => n.name === 'StaticHtml') as JsxNode;
    expect(attribute(opening, 'as')).toBe('p');
    expect(String(attribute(opening, 'html'))).toContain('<strong>bold</strong>');
    const blocks = jsxNamed(tree, 'ChapterSection').flatMap((section) => jsxNamed(section, 'StaticHtml'));
    expect(blocks.map((b) => attribute(b, 'part'))).toEqual(blocks.map((_, i) => String(i)));
    expect(blocks.every((b) => attribute(b, 'html') === undefined)).toBe(true);
    const heading = blocks.find((b) => attribute(b, 'id') === 'first') as JsxNode;
    expect(attribute(heading, 'as')).toBe('h2');

    const source = /import\("(virtual:chapter-prose\/[^"]+)"\)/.exec(code)?.[1] as string;
    expect(source).toBe('virtual:chapter-prose/prose-en-09-test.js');
    const module = load(prose.vitePlugin, source);
    const parts = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as string[];
    expect(parts).toHaveLength(blocks.length);
    expect(parts[Number(attribute(heading, 'part'))]).toBe('First section');
    // A GFM table is one block: the element itself stays JSX, its rows are the text.
    const table = blocks.find((b) => attribute(b, 'as') === 'table') as JsxNode;
    expect(parts[Number(attribute(table, 'part'))]).toMatch(/^\s*<thead>.*<td>2<\/td>/s);
  });

  it('turns every inline style into a class with an !important rule in the chapter stylesheet', async () => {
    const { code, tree, prose, styles, load } = await compileChapter();
    const opening = String(
      attribute((tree.children ?? []).find((n) => n.name === 'StaticHtml') as JsxNode, 'html'),
    );
    const source = /import\("(virtual:chapter-prose\/[^"]+)"\)/.exec(code)?.[1] as string;
    const html = opening + load(prose.vitePlugin, source);
    expect(html).not.toMatch(/style=/);
    const used = new Set(html.match(/is-[0-9a-z]+/g));
    expect(used.size).toBeGreaterThan(3);

    const sheet = /import "(virtual:inline-styles\/[^"]+)"/.exec(code)?.[1] as string;
    const css = load(styles.vitePlugin, sheet);
    for (const name of used) expect(css).toContain(`.${name} {`);
    expect(css).toMatch(/\.is-[0-9a-z]+ \{ height:[0-9.]+em !important; \}/);
    // One class per distinct style: the number of rules equals the number of classes used.
    expect(css.trim().split('\n')).toHaveLength(used.size);
  });

  it('refuses a chapter whose prose would still carry a style attribute', async () => {
    const prose = staticHtml();
    await expect(
      compile('<p style="color: red">red</p>', { rehypePlugins: [prose.rehypePlugin] }),
    ).rejects.toThrow(/style attribute/);
  });
});
