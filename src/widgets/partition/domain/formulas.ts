import type { FieldDomain, FieldPartition } from '../../../core';
import { formatNumber } from '../../common/lang';

/** Digits of Z wherever it is shown: the closed form and the independent value must agree to all of them. */
export const Z_DIGITS = 8;

/** Each domain's Z = ∏ Z_i in TeX and in plain symbols (the fallback until KaTeX has loaded). */
const PRODUCTS: Record<FieldDomain, { tex: string; text: string }> = {
  binary: { tex: '\\prod_{i=1}^{3}\\bigl(1 + e^{b_i}\\bigr)', text: '∏ (1 + e^{b_i})' },
  spin: { tex: '\\prod_{i=1}^{3} 2\\cosh b_i', text: '∏ 2 cosh b_i' },
  unit: { tex: '\\prod_{i=1}^{3} \\frac{e^{b_i} - 1}{b_i}', text: '∏ (e^{b_i} − 1)/b_i' },
  real: {
    tex: '\\prod_{i=1}^{3} \\int_{-\\infty}^{\\infty} e^{b_i x_i}\\,dx_i',
    text: '∏ ∫_{−∞}^{∞} e^{b_i x_i} dx_i',
  },
};

/**
 * "Z = ∏ (1 + e^{b_i}) = 3.718 × 1.607 × 2 = 11.947068": the product, its three factors and Z; on ℝ³ the product
 * of integrals that are each infinite.
 */
export function closedFormula(domain: FieldDomain, closed: FieldPartition): { tex: string; text: string } {
  const product = PRODUCTS[domain];
  if (closed.kind === 'divergent') {
    return {
      tex: `\\begin{aligned} Z &= ${product.tex} \\\\ &= \\infty \\end{aligned}`,
      text: `Z = ${product.text} = ∞`,
    };
  }
  const factors = closed.factors.map((f) => formatNumber(f, 5));
  const z = formatNumber(closed.z, Z_DIGITS);
  // Aligned lines, so the formula fits a phone's width and no digit of Z scrolls out of view.
  return {
    tex: `\\begin{aligned} Z &= ${product.tex} \\\\ &= ${factors.join(' \\times ')} \\\\ &= ${z} \\end{aligned}`,
    text: `Z = ${product.text} = ${factors.join(' × ')} = ${z}`,
  };
}
