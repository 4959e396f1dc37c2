/**
 * A small off-screen canvas of `width` × `height` pixels, filled by `paint` through its ImageData: heat maps and
 * region maps are drawn this way at one pixel per grid point and then scaled up by the plot. Null where there is
 * no canvas (jsdom, or a browser that refuses one), so callers draw nothing rather than fail.
 */
export function pixelImage(
  width: number,
  height: number,
  paint: (pixels: Uint8ClampedArray) => void,
): HTMLCanvasElement | null {
  if (typeof document === 'undefined') return null;
  const image = document.createElement('canvas');
  image.width = width;
  image.height = height;
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = image.getContext('2d');
  } catch {
    return null;
  }
  if (!context || typeof context.createImageData !== 'function') return null;
  const data = context.createImageData(width, height);
  paint(data.data);
  context.putImageData(data, 0, 0);
  return image;
}
