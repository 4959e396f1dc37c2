/** How long a chapter may wait for its formula fonts before it is shown anyway (a slow or failing network). */
const FONT_WAIT_LIMIT_MS = 3000;

/**
 * One load per face for the whole visit. Asking the browser again is not free: `document.fonts.load` brings the
 * page's styles up to date first, which on a chapter of ten thousand elements cost a phone tens of milliseconds
 * per call.
 */
const loads = new Map<string, Promise<unknown>>();

/**
 * Resolves when the given font faces (CSS `font` shorthands such as 'italic 1em KaTeX_Math') have loaded, or after
 * `limitMs`, whichever comes first. Never rejects: a font that fails to load only costs a later re-layout.
 * Showing text after its KaTeX fonts means formulas are laid out once, at their final width.
 */
export function fontsReady(faces: readonly string[], limitMs = FONT_WAIT_LIMIT_MS): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts || faces.length === 0) return Promise.resolve();
  const pending = faces.map((face) => {
    let load = loads.get(face);
    if (!load) {
      load = fonts.load(face).catch(() => undefined);
      loads.set(face, load);
    }
    return load;
  });
  const loaded = Promise.all(pending).then(() => undefined);
  const limit = new Promise<void>((resolve) => setTimeout(resolve, limitMs));
  return Promise.race([loaded, limit]);
}
