/**
 * Which elements of a figure's body make up its drawing. Widgets draw with SVG (`<Plot>`), with canvases, or with a
 * canvas under an SVG of axes, sometimes in several panels side by side; the export takes every one of them that
 * the reader can see, and nothing else (HTML readouts and legends are text, not drawing).
 */

export type Drawing = SVGSVGElement | HTMLCanvasElement;

/** Hidden by `display: none` on it or on an ancestor inside the body, or by `visibility`. */
function isShown(element: Element, body: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  if (view.getComputedStyle(element).visibility === 'hidden') return false;
  for (let node: Element | null = element; node && node !== body.parentElement; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return false;
    if (node.hasAttribute('hidden')) return false;
  }
  return true;
}

function isDrawing(element: Element): element is Drawing {
  const name = element.localName;
  return name === 'svg' || name === 'canvas';
}

/**
 * The drawing elements in document order (which is their painting order in the kit: a plot's canvas layer comes
 * before the SVG laid over it). An SVG inside another SVG (a glyph) is part of its parent's picture.
 */
export function findDrawings(body: Element): Drawing[] {
  const found: Drawing[] = [];
  for (const element of body.querySelectorAll('svg, canvas')) {
    if (!isDrawing(element)) continue;
    if (element.parentElement?.closest('svg')) continue;
    if (!isShown(element, body)) continue;
    found.push(element);
  }
  return found;
}

/**
 * The SVG file is offered only when the whole drawing is vector: a canvas layer (particles, heat maps) cannot be
 * written as SVG, and an SVG with its canvas missing would be a wrong figure, not a partial one.
 */
export function canExportSvg(body: Element | null): boolean {
  if (!body) return false;
  const drawings = findDrawings(body);
  return drawings.length > 0 && drawings.every((drawing) => drawing.localName === 'svg');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placed<T> {
  item: T;
  /** Position in the union box, CSS pixels. */
  box: Box;
}

/**
 * Lay boxes (page coordinates, as from getBoundingClientRect) out relative to their union: the exported picture is
 * the smallest rectangle holding every drawing, each where the reader saw it. Empty boxes are dropped.
 */
export function layoutBoxes<T>(items: { item: T; box: Box }[]): {
  /** The union's top-left corner in the coordinates of the input boxes. */
  origin: { x: number; y: number };
  width: number;
  height: number;
  placed: Placed<T>[];
} {
  const visible = items.filter(({ box }) => box.width > 0 && box.height > 0);
  if (visible.length === 0) return { origin: { x: 0, y: 0 }, width: 0, height: 0, placed: [] };
  const left = Math.min(...visible.map(({ box }) => box.x));
  const top = Math.min(...visible.map(({ box }) => box.y));
  const right = Math.max(...visible.map(({ box }) => box.x + box.width));
  const bottom = Math.max(...visible.map(({ box }) => box.y + box.height));
  return {
    origin: { x: left, y: top },
    width: right - left,
    height: bottom - top,
    placed: visible.map(({ item, box }) => ({
      item,
      box: { x: box.x - left, y: box.y - top, width: box.width, height: box.height },
    })),
  };
}
