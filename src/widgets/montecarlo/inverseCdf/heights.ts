/** The reader's piecewise-constant density: PIECES pieces of width 1 covering [−4, 4]. */
export const PIECES = 8;
export const PIECE_BREAKPOINTS: readonly number[] = Array.from({ length: PIECES + 1 }, (_, j) => j - 4);
/** Each height is a whole number 0 … MAX_HEIGHT (heights need not be normalised: only their ratios matter). */
export const MAX_HEIGHT = 10;
export const DEFAULT_HEIGHTS = '1,3,6,3,1,2,5,2';

export type ParsedHeights =
  | { kind: 'ok'; heights: number[] }
  /** Eight valid heights that are all 0: no area, so no density. */
  | { kind: 'all-zero'; heights: number[] }
  /** Not eight numbers from 0 to MAX_HEIGHT. */
  | { kind: 'unreadable' };

/** Read "1,3,6,…" (from the URL or the sliders). Nothing but plain decimals in [0, MAX_HEIGHT] is accepted. */
export function parseHeights(text: string): ParsedHeights {
  const parts = text.split(',');
  if (parts.length !== PIECES) return { kind: 'unreadable' };
  const heights: number[] = [];
  for (const part of parts) {
    if (!/^\s*(\d{1,2}(\.\d{1,3})?)\s*$/.test(part)) return { kind: 'unreadable' };
    const h = Number(part);
    if (!(h >= 0 && h <= MAX_HEIGHT)) return { kind: 'unreadable' };
    heights.push(h);
  }
  return heights.some((h) => h > 0) ? { kind: 'ok', heights } : { kind: 'all-zero', heights };
}

export function formatHeights(heights: readonly number[]): string {
  return heights.map((h) => String(h)).join(',');
}
