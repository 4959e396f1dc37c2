/**
 * A number as a reader types it: `0.582`, `-2`, `−2` (a typeset minus), `1.8e19`, `1.8×10^19`, `1.8 · 10^19`,
 * `3/4`, `2,5` (a decimal comma, when there is no point) or `1 000` (thin or plain spaces). Anything else is NaN.
 */
export function parseNumber(text: string): number {
  let cleaned = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\s\u00a0\u2009\u202f]+/g, '')
    .replace(/(?:[×x*·]10\^?)([-+]?\d+)$/i, 'e$1');
  if (!cleaned.includes('.') && /^[-+]?\d+,\d+$/.test(cleaned)) cleaned = cleaned.replace(',', '.');
  const fraction = /^([-+]?\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(cleaned);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? Number.NaN : Number(fraction[1]) / denominator;
  }
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Right when within `tolerance` of `value` (absolute, in the answer's own units). */
export function isWithin(given: number, value: number, tolerance: number): boolean {
  return Number.isFinite(given) && Math.abs(given - value) <= tolerance;
}
