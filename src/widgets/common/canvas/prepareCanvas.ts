/**
 * Size a canvas for the screen's pixel ratio and return its 2-D context, or null where there is none (jsdom,
 * or a browser that refuses): widgets then skip drawing but keep their numbers and controls.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement | null,
  cssWidth: number,
  cssHeight: number,
): CanvasRenderingContext2D | null {
  if (!canvas) return null;
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const pixelWidth = Math.max(1, Math.round(cssWidth * ratio));
  const pixelHeight = Math.max(1, Math.round(cssHeight * ratio));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${cssHeight}px`;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = canvas.getContext('2d');
  } catch {
    return null;
  }
  if (!context) return null;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
