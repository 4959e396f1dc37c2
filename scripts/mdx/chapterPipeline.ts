import type { CompileOptions } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Plugin } from 'vite';
import { inlineStylesToClasses } from './inlineStylesToClasses.ts';
import { rehypeGlossaryTerms } from './rehypeGlossaryTerms.ts';
import { rehypeKatexFonts } from './rehypeKatexFonts.ts';
import { rehypeSections } from './rehypeSections.ts';
import { staticHtml } from './rehypeStaticHtml.ts';
import { remarkCitations } from './remarkCitations.ts';

/**
 * The chain every chapter file is compiled with, in one place for the build (vite.config.ts) and for the tests of
 * its steps (tests/build/mdxPipeline.test.ts), so the tests exercise the chain the book really uses.
 */
export function chapterPipeline(): {
  remarkPlugins: NonNullable<CompileOptions['remarkPlugins']>;
  rehypePlugins: NonNullable<CompileOptions['rehypePlugins']>;
  /** Serve the per-chapter modules the steps write: KaTeX's styles as classes, and the sections' text. */
  vitePlugins: Plugin[];
  inlineStyles: ReturnType<typeof inlineStylesToClasses>;
  prose: ReturnType<typeof staticHtml>;
} {
  const inlineStyles = inlineStylesToClasses();
  const prose = staticHtml();
  return {
    // Citations `[@key]` and `<References />` from content/references.bib, as plain Markdown (remarkCitations.ts).
    remarkPlugins: [remarkGfm, remarkMath, remarkCitations()],
    rehypePlugins: [
      // Math is typeset here, at build time: the browser gets KaTeX's HTML and CSS, never its JavaScript. With
      // MathML beside the HTML, so that screen readers can read each formula (the HTML is aria-hidden).
      [rehypeKatex, { output: 'htmlAndMathml', strict: 'ignore' }],
      // Order matters: fonts and sections read KaTeX's output; the last two rewrite it for the page.
      rehypeKatexFonts,
      // Glossary marks `[text](term:id)` → `<dfn class="term" …>`, plain HTML (rehypeGlossaryTerms.ts).
      rehypeGlossaryTerms,
      rehypeSections,
      inlineStyles.rehypePlugin,
      prose.rehypePlugin,
    ],
    vitePlugins: [inlineStyles.vitePlugin, prose.vitePlugin],
    inlineStyles,
    prose,
  };
}
