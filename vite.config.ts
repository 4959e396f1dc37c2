/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { defineConfig } from 'vite';
import { inlineStylesToClasses } from './scripts/mdx/inlineStylesToClasses.ts';
import { rehypeKatexFonts } from './scripts/mdx/rehypeKatexFonts.ts';
import { rehypeSections } from './scripts/mdx/rehypeSections.ts';
import { staticHtml } from './scripts/mdx/rehypeStaticHtml.ts';
import { chapterPreloads } from './scripts/vite/chapterPreloads.ts';
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicy.ts';

/** KaTeX's inline styles become classes in a per-chapter stylesheet (the CSP refuses style attributes). */
const inlineStyles = inlineStylesToClasses();
/** Prose becomes HTML strings; the sections' text is a module of its own per chapter (rehypeStaticHtml.ts). */
const prose = staticHtml();

export default defineConfig({
  // './' lets the built book live in any sub-folder of any static host (routing is hash-based);
  // BASE_PATH=/some/folder/ pins an absolute base instead.
  base: process.env.BASE_PATH ?? './',
  plugins: [
    {
      // MDX must compile before the React plugin sees the file (TOOLCHAIN pitfall 1).
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkGfm, remarkMath],
        // Math is typeset here, at build time: the browser gets KaTeX's HTML and CSS, never its JavaScript.
        // With MathML beside the HTML, so that screen readers can read each formula (the HTML is aria-hidden).
        rehypePlugins: [
          [rehypeKatex, { output: 'htmlAndMathml', strict: 'ignore' }],
          rehypeKatexFonts,
          rehypeSections,
          inlineStyles.rehypePlugin,
          prose.rehypePlugin,
        ],
        providerImportSource: '@mdx-js/react',
      }),
    },
    inlineStyles.vitePlugin,
    prose.vitePlugin,
    react({ include: /\.(mdx|tsx|ts)$/ }),
    chapterPreloads(),
    // Last: the policy allows the inline scripts of the final page by their hashes.
    contentSecurityPolicyPlugin(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    // No data: URLs: every font and image is a file of its own, which the strict CSP allows ('self').
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  test: {
    // Only vitest files; Playwright's *.spec.ts under tests/e2e are run by Playwright (TOOLCHAIN pitfall 2).
    testTimeout: 20000,
    projects: [
      { extends: true, test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node' } },
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
