/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chapterPipeline } from './scripts/mdx/chapterPipeline.ts';
import { glossarySearch } from './scripts/search/glossarySource.ts';
import { searchIndexPlugin } from './scripts/search/searchIndexPlugin.ts';
import { chapterPreloads } from './scripts/vite/chapterPreloads.ts';
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicy.ts';
import { exerciseCatalogue } from './scripts/vite/exerciseCatalogue.ts';
import { framingPlugin } from './scripts/vite/framing.ts';
import { glossaryUses } from './scripts/vite/glossaryUses.ts';
import { offlinePlugin } from './scripts/vite/offline.ts';
import { presenterDeck } from './scripts/vite/presenterDeck.ts';

/** Chapter MDX → sections, typeset math (styles as classes, for the CSP) and prose as HTML (scripts/mdx/). */
const chapters = chapterPipeline();

export default defineConfig({
  // './' lets the built book live in any sub-folder of any static host (routing is hash-based);
  // BASE_PATH=/some/folder/ pins an absolute base instead.
  base: process.env.BASE_PATH ?? './',
  plugins: [
    // The presenter deck's slides and notes (src/present/); first, as it empties the notes before MDX compiles.
    presenterDeck(),
    {
      // MDX must compile before the React plugin sees the file (TOOLCHAIN pitfall 1).
      enforce: 'pre',
      ...mdx({
        remarkPlugins: chapters.remarkPlugins,
        rehypePlugins: chapters.rehypePlugins,
        providerImportSource: '@mdx-js/react',
      }),
    },
    ...chapters.vitePlugins,
    react({ include: /\.(mdx|tsx|ts)$/ }),
    chapterPreloads(),
    // Each language's search index of every chapter and of the glossary, loaded when the reader opens search.
    searchIndexPlugin({ sources: [glossarySearch] }),
    // Each chapter's exercise ids, for the contents page's "n of m solved" (src/book/exercises/).
    exerciseCatalogue(),
    // Which chapters mark each glossary term, for the glossary page's links (src/glossary/).
    glossaryUses(),
    // The service worker that precaches the whole build, and the web app manifest (src/offline/).
    offlinePlugin(),
    // Last: the policy allows the inline scripts of the final page by their hashes.
    contentSecurityPolicyPlugin(),
    // After it: embed.html, the one page others may frame, as a copy of the final index.html; the framing headers.
    framingPlugin(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    // No data: URLs: every font and image is a file of its own, which the strict CSP allows ('self').
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: which chunk imports which, so `npm run budget` can check where KaTeX's code may go.
    manifest: true,
  },
  worker: { format: 'es' },
  test: {
    // Only vitest files; Playwright's *.spec.ts under tests/e2e are run by Playwright (TOOLCHAIN pitfall 2).
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts', 'tests/workers/**/*.test.ts'],
          environment: 'node',
        },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/widgets/**/*.test.{ts,tsx}', 'tests/book/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
