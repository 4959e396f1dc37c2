import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { chapterFiles, preloadScript } from '../../scripts/vite/chapterPreloads';
import { inlineScriptHashes } from '../../scripts/vite/contentSecurityPolicy';

/** Just the fields of Rolldown's output chunks that the build step reads. */
function chunk(
  fileName: string,
  options: { facade?: string; imports?: string[]; css?: string[]; entry?: boolean },
) {
  return {
    type: 'chunk',
    fileName,
    isEntry: options.entry ?? false,
    facadeModuleId: options.facade ?? null,
    imports: options.imports ?? [],
    viteMetadata: { importedCss: new Set(options.css ?? []), importedAssets: new Set() },
  };
}

const bundle = {
  'assets/index.js': chunk('assets/index.js', { entry: true, facade: '/book/src/main.tsx' }),
  'assets/06-mc.js': chunk('assets/06-mc.js', {
    facade: '/book/content/en/06-monte-carlo-sampling.mdx',
    imports: ['assets/index.js', 'assets/lib.js', 'assets/widgets.js'],
    css: ['assets/06-mc.css'],
  }),
  'assets/lib.js': chunk('assets/lib.js', { imports: ['assets/index.js'] }),
  'assets/widgets.js': chunk('assets/widgets.js', {
    imports: ['assets/lib.js'],
    css: ['assets/widgets.css'],
  }),
  'assets/01-bm.js': chunk('assets/01-bm.js', {
    facade: '/book/content/zh/01-brownian-motion.mdx',
    imports: ['assets/lib.js'],
  }),
  'assets/prose-en-06.js': chunk('assets/prose-en-06.js', {
    facade: '\0virtual:chapter-prose/prose-en-06.js',
  }),
  'assets/Darts.js': chunk('assets/Darts.js', { facade: '/book/src/widgets/montecarlo/DartsPi.tsx' }),
} as unknown as Rolldown.OutputBundle;

describe('chapterFiles', () => {
  const table = chapterFiles(bundle);

  it('has one entry per chapter file, keyed by its route', () => {
    expect(Object.keys(table).sort()).toEqual(['en/06-monte-carlo-sampling', 'zh/01-brownian-motion']);
  });

  it("lists the chapter's chunk, what it imports in turn, and their stylesheets, each once", () => {
    expect(table['en/06-monte-carlo-sampling']).toEqual([
      'assets/06-mc.js',
      'assets/06-mc.css',
      'assets/lib.js',
      'assets/widgets.js',
      'assets/widgets.css',
    ]);
  });

  it('never lists the main bundle, which the page loads anyway', () => {
    for (const files of Object.values(table)) expect(files).not.toContain('assets/index.js');
  });
});

/** Runs the inline script against a stand-in page and returns the links it added. */
function linksAddedFor(hash: string, base = './') {
  const links: Record<string, string>[] = [];
  const page = {
    location: { hash },
    document: {
      createElement: () => ({}),
      head: { appendChild: (link: Record<string, string>) => links.push(link) },
    },
  };
  runInNewContext(preloadScript(base, chapterFiles(bundle)), page);
  return links;
}

describe('the preload script', () => {
  it('on a chapter address, adds a modulepreload per script and a style preload per stylesheet', () => {
    const links = linksAddedFor('#/en/06-monte-carlo-sampling');
    expect(links.map((link) => `${link.rel} ${link.as ?? '-'} ${link.href}`)).toEqual([
      'modulepreload - ./assets/06-mc.js',
      'preload style ./assets/06-mc.css',
      'modulepreload - ./assets/lib.js',
      'modulepreload - ./assets/widgets.js',
      'preload style ./assets/widgets.css',
    ]);
    // Vite's own stylesheet link is CORS-anonymous; a preload in another mode would be fetched twice.
    for (const link of links) expect(link.crossOrigin).toBe('anonymous');
  });

  it('keeps to the route when the address also names a section or widget state, and honours the base path', () => {
    const links = linksAddedFor('#/zh/01-brownian-motion?s=walkers&walkers.seed=3', '/book/');
    expect(links.map((link) => link.href)).toEqual(['/book/assets/01-bm.js', '/book/assets/lib.js']);
  });

  it('adds nothing on the landing page, an unknown chapter or a hostile address', () => {
    for (const hash of ['', '#/en', '#/en/99-nothing', '#/fr/06-monte-carlo-sampling', '#/en/constructor']) {
      expect(linksAddedFor(hash)).toEqual([]);
    }
    // Whatever follows a route, the script can only ever pick files from the table the build wrote.
    const hrefs = linksAddedFor('#/en/06-monte-carlo-sampling/../../../evil.js').map((link) => link.href);
    expect(hrefs).toEqual(linksAddedFor('#/en/06-monte-carlo-sampling').map((link) => link.href));
  });
});

describe('inlineScriptHashes', () => {
  it("hashes each inline script's exact text, and skips scripts loaded from a file", () => {
    const html =
      '<head><script type="module" crossorigin src="./assets/index.js"></script>' +
      '<script>(function () { return 1; })();</script>\n<script>\n  second();\n</script></head>';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([sha('(function () { return 1; })();'), sha('\n  second();\n')]);
  });
});
