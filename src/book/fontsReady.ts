/** How long a chapter may wait for its formula fonts before it is shown anyway (a slow or failing network). */
export const FONT_WAIT_LIMIT_MS = 3000;

/**
 * Resolves when the given font faces (CSS `font` shorthands such as 'italic 1em KaTeX_Math') have loaded, or after
 * `limitMs`, whichever comes first. Never rejects: a font that fails to load only costs a later re-layout.
 * Showing a chapter after its KaTeX fonts means formulas are laid out once, at their final width.
 */
export function fontsReady(faces: readonly string[], limitMs = FONT_WAIT_LIMIT_MS): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts || faces.length === 0) return Promise.resolve();
  const loaded = Promise.allSettled(faces.map((face) => fonts.load(face))).then(() => undefined);
  const limit = new Promise<void>((resolve) => setTimeout(resolve, limitMs));
  return Promise.race([loaded, limit]);
}
