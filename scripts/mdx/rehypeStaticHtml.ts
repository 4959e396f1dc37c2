import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin } from 'vite';
import { exportLoader, virtualModules } from './mdxNodes.ts';

/**
 * Build-time step for chapter MDX: turns each block of plain prose (a paragraph, a heading, a formula, a table)
 * into one `<StaticHtml as="p" html="…">` element whose inside is a string of HTML.
 *
 * Why: a chapter's KaTeX output is thousands of nested spans. Compiled as JSX, every span becomes a React element
 * created in JavaScript (chapter 6 was a 680 KB module that kept a phone's main thread busy for over a second).
 * As HTML strings, React creates one element per block and the browser's own parser builds the rest.
 *
 * Widgets and anything else with JavaScript in it (components, expressions) stay JSX; the prose inside a
 * component is converted block by block in the same way.
 *
 * Blocks inside a section (see rehypeSections.ts) go one step further: their HTML moves to a module of its own,
 * `export default ["…", …]`, which the chapter exports a loader for (`export const loadProse = () => import(…)`),
 * and the block keeps only its position (`<StaticHtml as="p" part="17">`). The chapter's code then holds just the
 * opening paragraphs and the page's skeleton, so it downloads and runs quickly; the sections' text follows once
 * the opening is on screen (src/book/proseQueue.ts). Parsing a function with 400 KB of strings in it cost a phone
 * over 100 ms before the first paragraph could appear.
 *
 * Inline `style` attributes would be refused by the book's Content Security Policy if they arrived as markup;
 * inlineStylesToClasses.ts, which runs first, has turned them into classes. One left over is a build error.
 */

export const STATIC_HTML_COMPONENT = 'StaticHtml';

/** The MDX node shapes this step reads and writes (from mdast-util-mdx-jsx, kept local to stay self-contained). */
interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | null | { type: string };
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<JsxAttribute | { type: 'mdxJsxExpressionAttribute' }>;
  children: Node[];
}
type Node = { type: string; children?: Node[] } & Record<string, unknown>;

/** Root attributes an island may carry; anything else (event handlers, expressions) keeps the block as JSX. */
const PASSED_ATTRIBUTE = /^(id|className|class|lang|dir|title|role|(data|aria)-[a-z0-9-]+)$/;

function isJsxElement(node: Node): node is Node & JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An HTML element written as JSX (`<h2 id="x">`) with only literal attributes: nothing to run. */
function isPlainJsxElement(node: JsxElement): boolean {
  return (
    node.name !== null &&
    /^[a-z][a-z0-9]*$/.test(node.name) &&
    node.attributes.every(
      (attribute) =>
        attribute.type === 'mdxJsxAttribute' &&
        (typeof (attribute as JsxAttribute).value === 'string' || (attribute as JsxAttribute).value == null),
    )
  );
}

/** True when the subtree is plain HTML: no component, expression or import anywhere inside. */
function isStatic(node: Node): boolean {
  if (node.type === 'text' || node.type === 'comment') return true;
  if (node.type === 'element') return (node.children ?? []).every(isStatic);
  if (isJsxElement(node)) return isPlainJsxElement(node) && node.children.every(isStatic);
  return false;
}

/** The same subtree as hast elements. */
function toHast(node: Node): ElementContent {
  if (node.type === 'text' || node.type === 'comment') return node as unknown as ElementContent;
  const properties: Properties = {};
  let tagName: string;
  if (isJsxElement(node)) {
    tagName = node.name as string;
    for (const attribute of node.attributes as JsxAttribute[]) {
      const name = attribute.name === 'className' ? 'class' : attribute.name;
      properties[name] = attribute.value == null ? true : (attribute.value as string);
    }
  } else {
    const element = node as unknown as Element;
    tagName = element.tagName;
    Object.assign(properties, element.properties);
  }
  if (properties.style != null) {
    throw new Error(`static HTML may not carry a style attribute (<${tagName} style="${properties.style}">)`);
  }
  return { type: 'element', tagName, properties, children: (node.children ?? []).map(toHast) };
}

/** React props for the block's own element: `class` as className, lists joined, booleans as empty strings. */
function rootAttributes(element: Element): Array<{ name: string; value: string }> | undefined {
  const attributes: Array<{ name: string; value: string }> = [];
  for (const [key, raw] of Object.entries(element.properties)) {
    if (raw == null || raw === false) continue;
    const name = key === 'class' ? 'className' : toReactName(key);
    if (!PASSED_ATTRIBUTE.test(name)) return undefined;
    const value = Array.isArray(raw) ? raw.join(' ') : raw === true ? '' : String(raw);
    attributes.push({ name, value });
  }
  return attributes;
}

/** hast property names (`dataFoo`, `ariaLabel`) back to the attribute names React expects (`data-foo`). */
function toReactName(key: string): string {
  if (/^(data|aria)[A-Z]/.test(key)) return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return key;
}

/** The JSX component a section is wrapped in (rehypeSections.ts): blocks inside it are loaded later. */
const SECTION_COMPONENT = 'ChapterSection';

/** `parts` collects the HTML of blocks inside sections; without it (or outside sections) the HTML stays inline. */
function island(node: Node, parts: string[] | undefined): Node | undefined {
  const element = toHast(node);
  if (element.type !== 'element') return undefined;
  const attributes = rootAttributes(element);
  if (!attributes) return undefined;
  const html = toHtml(element.children as ElementContent[]);
  const content = parts
    ? { type: 'mdxJsxAttribute' as const, name: 'part', value: String(parts.push(html) - 1) }
    : { type: 'mdxJsxAttribute' as const, name: 'html', value: html };
  const jsx: JsxElement = {
    type: 'mdxJsxFlowElement',
    name: STATIC_HTML_COMPONENT,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'as', value: element.tagName },
      ...attributes.map(({ name, value }) => ({ type: 'mdxJsxAttribute' as const, name, value })),
      content,
    ],
    children: [],
  };
  return jsx as unknown as Node;
}

function convertChildren(parent: Node, parts: string[], inSection: boolean): void {
  const children = parent.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    const isBlock = child.type === 'element' || isJsxElement(child);
    if (!isBlock) continue;
    const replacement =
      isStatic(child) && (child.children ?? []).length > 0
        ? island(child, inSection ? parts : undefined)
        : undefined;
    if (replacement) children[index] = replacement;
    else
      convertChildren(child, parts, inSection || (isJsxElement(child) && child.name === SECTION_COMPONENT));
  }
}

/** The sections' text is served as `virtual:chapter-prose/<key>.js`. */
const MODULE_PREFIX = 'chapter-prose';

/** `…/content/zh/06-monte-carlo-sampling.mdx` → `prose-zh-06-monte-carlo-sampling`: the chunk's readable name. */
function moduleName(path: string): string {
  const [file = 'chapter', folder = 'book'] = path.split(/[\\/]/).reverse();
  return `prose-${folder}-${file.replace(/\.mdx?$/, '')}`.replace(/[^a-zA-Z0-9-]/g, '-');
}

/** The rehype step and the Vite plugin that serves each chapter's section text as a module of its own. */
export function staticHtml(): {
  rehypePlugin: () => (tree: Root, file: { path?: string }) => void;
  vitePlugin: Plugin;
} {
  const proseModules = new Map<string, string[]>();

  function rehypePlugin() {
    return (tree: Root, file: { path?: string }) => {
      const parts: string[] = [];
      convertChildren(tree as unknown as Node, parts, false);
      if (parts.length === 0) return;
      const key = `${moduleName(file.path ?? String(proseModules.size))}.js`;
      proseModules.set(key, parts);
      (tree.children as unknown[]).push(exportLoader('loadProse', `virtual:${MODULE_PREFIX}/${key}`));
    };
  }

  const vitePlugin = virtualModules(
    MODULE_PREFIX,
    proseModules,
    (parts) => `export default ${JSON.stringify(parts)};`,
  );

  return { rehypePlugin, vitePlugin };
}
