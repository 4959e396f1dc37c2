/** `?slide=` as the deck reads it: 1-based in the address, 0-based here. */
export interface SlideChoice {
  index: number;
  /** Set when the address asked for something the deck cannot show as written. */
  notice?: { reason: 'too-high' | 'not-a-number'; asked: string };
}

/**
 * `?slide=3` → the third slide. Missing → the first. A number past the end (`?slide=99`) → the last, with a
 * notice; anything that is not a whole number from 1 up (`abc`, `0`, `-2`, `2.5`) → the first, with a notice.
 */
export function parseSlideParam(raw: string | null, count: number): SlideChoice {
  if (raw === null || raw.trim() === '' || count === 0) return { index: 0 };
  const asked = raw.trim();
  if (!/^\d{1,6}$/.test(asked) || Number(asked) < 1)
    return { index: 0, notice: { reason: 'not-a-number', asked: asked.slice(0, 40) } };
  const n = Number(asked);
  if (n > count) return { index: count - 1, notice: { reason: 'too-high', asked } };
  return { index: n - 1 };
}

/** A slide index kept inside the deck. */
export function clampSlide(index: number, count: number): number {
  if (count === 0 || !Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}
