import type { Element, Root } from 'hast';
import type { Plugin } from 'vite';
import { importForEffect, virtualModules } from './mdxNodes.ts';

/**
 * Build-time step for chapter MDX: replaces every inline `style` attribute in the chapter's static HTML (KaTeX
 * positions its glyphs with thousands of them) by a class, and serves the matching rules as a stylesheet that
 * belongs to the chapter's chunk.
 *
 * Why: the book's Content Security Policy (`style-src 'self'`) refuses style attributes written in markup, and the
 * prose reaches the page as HTML strings (see rehypeStaticHtml.ts). Classes cost no JavaScript at run time; the
 * alternative, applying each style through the CSSOM after insertion, took 100 ms of a phone's main thread.
 *
 * The rules are `!important` because an inline style outranks any selector, and KaTeX's own stylesheet has
 * selectors (`.katex .vlist > span`) that would otherwise win over a single class.
 */

/** The chapter's stylesheet is served as `virtual:inline-styles/<key>.css`. */
const MODULE_PREFIX = 'inline-styles';

/** FNV-1a, 32 bit: a short, stable class name for a style string. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function normalise(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter(Boolean)
    .join(';');
}

type Node = { type: string; children?: Node[] };

export function inlineStylesToClasses(): {
  rehypePlugin: () => (tree: Root, file: { path?: string }) => void;
  vitePlugin: Plugin;
} {
  /** Stylesheet text for each chapter file, filled while the file is compiled and read when its import loads. */
  const sheets = new Map<string, string>();

  function rehypePlugin() {
    return (tree: Root, file: { path?: string }) => {
      const rules = new Map<string, string>();
      const visit = (node: Node) => {
        if (node.type === 'element') {
          const element = node as unknown as Element;
          const style = element.properties.style;
          if (typeof style === 'string' && style.trim() !== '') {
            const declarations = normalise(style);
            const name = `is-${hashOf(declarations)}`;
            const existing = rules.get(name);
            if (existing !== undefined && existing !== declarations) {
              throw new Error(`inline style class collision: "${existing}" and "${declarations}"`);
            }
            rules.set(name, declarations);
            const classes = element.properties.className;
            element.properties.className = [...(Array.isArray(classes) ? classes : []), name];
            delete element.properties.style;
          }
        }
        for (const child of node.children ?? []) visit(child);
      };
      visit(tree as unknown as Node);
      if (rules.size === 0) return;

      const key = `${hashOf(file.path ?? String(sheets.size))}.css`;
      const css = [...rules]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, declarations]) => {
          const important = declarations
            .split(';')
            .map((declaration) => `${declaration} !important`)
            .join('; ');
          return `.${name} { ${important}; }`;
        })
        .join('\n');
      sheets.set(key, css);
      (tree.children as unknown[]).unshift(importForEffect(`virtual:${MODULE_PREFIX}/${key}`));
    };
  }

  const vitePlugin = virtualModules(MODULE_PREFIX, sheets, (css) => css);

  return { rehypePlugin, vitePlugin };
}
