/**
 * TeX typeset in the browser, for formulas that change with the reader's input (a factorisation read off a graph the
 * reader edits). The chapters' own formulas are typeset at build time; KaTeX's JavaScript is fetched only by the
 * widgets that need this, in a chunk of its own (`npm run budget` checks that nothing else carries it).
 *
 * KaTeX's HTML carries inline `style` attributes, which the book's Content-Security-Policy refuses. So the style
 * attributes are renamed, the markup is parsed in an inert document (where nothing runs), and each style is re-applied
 * through the CSSOM (`element.style`), which the policy allows, before the nodes join the page.
 */

type Katex = typeof import('katex').default;

let katexModule: Promise<Katex> | null = null;

export function loadKatex(): Promise<Katex> {
  katexModule ??= import('katex').then((module) => module.default);
  katexModule.catch(() => {
    katexModule = null; // a failed fetch may be retried by the next formula
  });
  return katexModule;
}

/** Typeset `tex` into a fragment ready to append (HTML for the eye, MathML for screen readers). */
export function typeset(katex: Katex, tex: string, displayMode: boolean): DocumentFragment {
  const html = katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
  // Chromium applies the page's policy to a DOMParser document too (and logs each refused style), so the styles
  // are renamed before parsing. KaTeX escapes every quote in text, so ` style="` can only be an attribute.
  const renamed = html.replaceAll(' style="', ' data-katex-style="');
  const inert = new DOMParser().parseFromString(`<body>${renamed}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(inert.body.childNodes)) fragment.append(document.importNode(node, true));
  for (const element of fragment.querySelectorAll<HTMLElement>('[data-katex-style]')) {
    element.style.cssText = element.dataset.katexStyle ?? '';
    delete element.dataset.katexStyle;
  }
  return fragment;
}
