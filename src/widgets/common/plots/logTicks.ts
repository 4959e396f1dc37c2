const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10^k written as "10⁻³", or plainly (0.1, 1, 10, 100, 1,000) where that is shorter to read. */
export function powerOfTenLabel(value: number): string {
  const k = Math.round(Math.log10(value));
  if (k >= -1 && k <= 3) return (10 ** k).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return tenToThe(k);
}

/** 10^k written with a superscript exponent, "10⁻³" or "10⁴³⁴²", for any whole k (even where 10^k overflows). */
export function tenToThe(k: number): string {
  return `10${String(k)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('')}`;
}

/** The powers of ten inside [lo, hi] (both > 0): tick positions for a log axis. */
export function powersOfTen(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let k = Math.ceil(Math.log10(lo) - 1e-9); k <= Math.floor(Math.log10(hi) + 1e-9); k++)
    out.push(10 ** k);
  return out;
}
