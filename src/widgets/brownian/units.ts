/**
 * Unit conversions and number formatting shared by the chapter-1 widgets. Only conversions live here: the
 * physics is in src/core/brownian.
 */
import { formatNumber } from '../common/lang';

/** Metres per nanometre and per micrometre. */
export const METRES_PER_NM = 1e-9;
export const METRES_PER_UM = 1e-6;
/** 1 µm² = 1e-12 m², so D in µm²/s = D in m²/s × 1e12. */
export const UM2_PER_M2 = 1e12;
/** 1 mPa·s = 1e-3 Pa·s. */
export const PA_S_PER_MPA_S = 1e-3;
/** 0 °C in kelvin. */
export const ZERO_CELSIUS_K = 273.15;

/** A length given in nanometres, printed in nm below 1 µm and in µm above. */
export function formatLengthNm(nm: number, digits = 3): string {
  if (!Number.isFinite(nm)) return '—';
  return nm < 1000 ? `${formatNumber(nm, digits)} nm` : `${formatNumber(nm / 1000, digits)} µm`;
}

/** Round to a few significant figures so that slider values and URLs stay short and exact. */
export function roundSignificant(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/** A power of ten as text with a proper superscript exponent, e.g. 1e-3 → "10⁻³"; other numbers as usual. */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.log10(value);
  if (!Number.isFinite(exponent) || Math.abs(exponent - Math.round(exponent)) > 1e-9)
    return formatNumber(value);
  const k = Math.round(exponent);
  if (k >= 0 && k <= 3) return String(10 ** k);
  const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const digits = String(Math.abs(k))
    .split('')
    .map((d) => superscripts[Number(d)])
    .join('');
  return `10${k < 0 ? '⁻' : ''}${digits}`;
}
