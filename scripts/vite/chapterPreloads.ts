import type { Plugin, Rolldown } from 'vite';

/**
 * Build step: a chapter address starts fetching that chapter's code and stylesheet while the page is still
 * parsing, in parallel with the book's main bundle.
 *
 * Why: with hash routing the server always sends the same index.html, so only the browser knows which chapter was
 * asked for. Without this, the chapter's chunk is requested only after the main bundle has arrived and run: one
 * more round trip before the first paragraph, which Lighthouse's phone model charged about 0.4 s of Largest
 * Contentful Paint. (Fetching the KaTeX fonts early as well was measured too, and was slower: on a slow network
 * they compete with the main bundle, and nothing can be drawn before that has run.)
 *
 * The page gets one small inline script (allowed by its hash in the CSP, see contentSecurityPolicy.ts) holding a
 * table `route → files` and adding a `<link rel="modulepreload">` or `<link rel="preload" as="style">` per file.
 */

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** `…/content/zh/03-partition-function.mdx` → `zh/03-partition-function`, the route in `#/zh/03-…`. */
const CHAPTER_FILE = /\/content\/(en|zh)\/([0-9]{2}-[a-z0-9-]+)\.mdx$/;

/** The chunk's file, those it imports (not the main bundle, which the page loads anyway) and their stylesheets. */
function collectFiles(chunk: OutputChunk, bundle: OutputBundle, files: string[]): void {
  if (chunk.isEntry || files.includes(chunk.fileName)) return;
  files.push(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) if (!files.includes(css)) files.push(css);
  for (const imported of chunk.imports) {
    const next = bundle[imported];
    if (next?.type === 'chunk') collectFiles(next, bundle, files);
  }
}

/** Route → the files its chapter needs before it can render, for every chapter file in the bundle. */
export function chapterFiles(bundle: OutputBundle): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !output.facadeModuleId) continue;
    const match = CHAPTER_FILE.exec(output.facadeModuleId);
    if (!match) continue;
    const files: string[] = [];
    collectFiles(output, bundle, files);
    table[`${match[1]}/${match[2]}`] = files;
  }
  return table;
}

/** The inline script. Plain DOM calls: it runs while the page is parsing, before any of the book's code. */
export function preloadScript(base: string, table: Record<string, string[]>): string {
  return `(function () {
  var route = /^#\\/((?:en|zh)\\/[0-9]{2}-[a-z0-9-]+)/.exec(location.hash);
  var files = route && ${JSON.stringify(table)}[route[1]];
  if (!files) return;
  files.forEach(function (file) {
    var link = document.createElement('link');
    var isStyle = /\\.css$/.test(file);
    link.rel = isStyle ? 'preload' : 'modulepreload';
    if (isStyle) link.as = 'style';
    // As on the stylesheet Vite adds later: a preload is used only if its CORS mode matches.
    link.crossOrigin = 'anonymous';
    link.href = ${JSON.stringify(base)} + file;
    document.head.appendChild(link);
  });
})();`;
}

export function chapterPreloads(): Plugin {
  let base = './';
  return {
    name: 'book-chapter-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        return [
          { tag: 'script', children: preloadScript(base, chapterFiles(context.bundle)), injectTo: 'head' },
        ];
      },
    },
  };
}
