import { figureBackground, isTransparent } from './background';
import { type Box, type Drawing, findDrawings, layoutBoxes } from './drawings';
import { ExportError } from './exportError';
import { describeExport, type ExportMetadata, metadataJson } from './exportMetadata';
import { collectHtmlText, paintHtmlText } from './htmlText';
import { inlineSvgStyles } from './inlineSvgStyles';
import { addPngText, type PngText } from './pngChunks';

export { ExportError, type ExportFailure } from './exportError';

/**
 * The PNG of a figure at twice its CSS size (sharp on a slide and a projector): every canvas and SVG of the drawing,
 * each where the reader saw it, over the figure's background, with the export record in text chunks.
 */

export interface ComposeOptions {
  /** Device pixels per CSS pixel (default 2). Lowered if the picture would exceed what a canvas can hold. */
  scale?: number;
  /** The colour painted first; by default the figure's (theme, projector mode). `null`: transparent. */
  background?: string | null;
  /** Paint the HTML text that lies inside the drawing's box (legends, panel titles); default true. */
  htmlText?: boolean;
}

export const SOFTWARE = 'Foundations of Diffusion Models (explorable textbook)';

/** What goes in the PNG's text chunks: standard keywords (PNG spec §11.3.3.1), the full record as JSON. */
export function pngTextFor(meta: ExportMetadata): PngText[] {
  return [
    { keyword: 'Title', text: meta.title },
    { keyword: 'Description', text: describeExport(meta) },
    { keyword: 'Source', text: meta.link },
    { keyword: 'Software', text: SOFTWARE },
    { keyword: 'Creation Time', text: meta.created },
    { keyword: 'Comment', text: metadataJson(meta) },
  ];
}

/** Browsers refuse canvases beyond about 16 384 px a side or 2²⁸ pixels in all. */
const MAX_SIDE = 16384;
const MAX_AREA = 2 ** 28;

function fitScale(requested: number, width: number, height: number): number {
  return Math.min(requested, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

type Layer =
  | { kind: 'canvas'; source: HTMLCanvasElement; element: HTMLCanvasElement; inset: Inset }
  | { kind: 'svg'; url: string };

interface Inset {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Border and padding around a canvas's drawing area (the `.brownian-canvas` has a 1 px border). */
function insetOf(canvas: HTMLCanvasElement): Inset {
  const s = getComputedStyle(canvas);
  const px = (v: string) => Number.parseFloat(v) || 0;
  return {
    left: px(s.borderLeftWidth) + px(s.paddingLeft),
    top: px(s.borderTopWidth) + px(s.paddingTop),
    right: px(s.borderRightWidth) + px(s.paddingRight),
    bottom: px(s.borderBottomWidth) + px(s.paddingBottom),
  };
}

function pageBox(element: Element): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const timer = setTimeout(
      () => reject(new ExportError('image', 'The drawing took too long to render.')),
      15000,
    );
    image.onload = () => {
      clearTimeout(timer);
      resolve(image);
    };
    image.onerror = () => {
      clearTimeout(timer);
      reject(new ExportError('image', 'The browser could not render the SVG drawing as an image.'));
    };
    image.src = url;
  });
}

/**
 * A copy of a canvas's pixels now: the export must show one moment, and an animation may draw again while the SVG
 * images load. Copying keeps a canvas's origin taint, so a cross-origin picture is still reported at encoding time.
 */
function snapshot(canvas: HTMLCanvasElement): HTMLCanvasElement | null {
  if (canvas.width === 0 || canvas.height === 0) return null;
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d');
  if (!context) return null;
  context.drawImage(canvas, 0, 0);
  return copy;
}

/**
 * The SVG as an image: its markup with styles inlined, as a data: URL (the book's CSP allows `img-src data:` but not
 * blob:), sized at the output scale so the browser rasterises the vectors at full resolution rather than scaling
 * up a 1× bitmap.
 */
function svgLayer(svg: SVGSVGElement, scale: number): { box: Box; url: string } {
  const inlined = inlineSvgStyles(svg);
  const frame = svg.getBoundingClientRect();
  inlined.svg.setAttribute('width', String(inlined.box.width * scale));
  inlined.svg.setAttribute('height', String(inlined.box.height * scale));
  const markup = new XMLSerializer().serializeToString(inlined.svg);
  return {
    box: {
      x: frame.left + inlined.box.x,
      y: frame.top + inlined.box.y,
      width: inlined.box.width,
      height: inlined.box.height,
    },
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`,
  };
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new ExportError('encode', 'The browser could not encode the PNG.'));
      }, 'image/png');
    } catch (error) {
      // A canvas painted from another origin cannot be read back (SecurityError).
      if (error instanceof DOMException && error.name === 'SecurityError') {
        reject(
          new ExportError('tainted', 'A layer of the drawing comes from another origin and cannot be saved.'),
        );
      } else reject(new ExportError('encode', error instanceof Error ? error.message : String(error)));
    }
  });
}

/** The drawing of `body` (a figure's `.widget__body`) as PNG bytes with text chunks. */
export async function composePng(
  body: Element,
  meta: ExportMetadata,
  options: ComposeOptions = {},
): Promise<Blob> {
  const requested = options.scale ?? 2;
  // Everything is taken now, synchronously: SVG markup and canvas pixels of the same frame.
  const drawings: Drawing[] = findDrawings(body);
  const items: { item: Layer; box: Box }[] = [];
  for (const drawing of drawings) {
    if (drawing instanceof HTMLCanvasElement) {
      const copy = snapshot(drawing);
      if (!copy) continue;
      const item: Layer = { kind: 'canvas', source: copy, element: drawing, inset: insetOf(drawing) };
      items.push({ item, box: pageBox(drawing) });
    } else {
      const layer = svgLayer(drawing as SVGSVGElement, requested);
      items.push({ item: { kind: 'svg', url: layer.url }, box: layer.box });
    }
  }
  const drawn = layoutBoxes(items);
  if (drawn.placed.length === 0) throw new ExportError('empty', 'This figure has nothing drawn to save yet.');
  // The HTML words of the drawing (a canvas's legend, a panel's title), read now with the rest; the picture grows
  // to hold a line that sticks out of the drawings' box.
  const text =
    options.htmlText === false
      ? []
      : collectHtmlText(body, { ...drawn.origin, width: drawn.width, height: drawn.height });
  const layout = layoutBoxes<Layer | null>([...items, ...text.map((run) => ({ item: null, box: run.box }))]);
  const { origin } = layout;

  const scale = fitScale(requested, layout.width, layout.height);
  const output = document.createElement('canvas');
  output.width = Math.max(1, Math.round(layout.width * scale));
  output.height = Math.max(1, Math.round(layout.height * scale));
  const context = output.getContext('2d');
  if (!context) throw new ExportError('no-canvas', 'This browser cannot draw on a canvas.');
  context.scale(output.width / layout.width, output.height / layout.height);

  const background = options.background === undefined ? figureBackground(body) : options.background;
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, layout.width, layout.height);
  }

  const images = await Promise.all(
    layout.placed.map(({ item }) => (item?.kind === 'svg' ? loadImage(item.url) : Promise.resolve(null))),
  );
  layout.placed.forEach(({ item, box }, index) => {
    if (!item) return;
    if (item.kind === 'canvas') {
      const style = getComputedStyle(item.element);
      // The canvas's CSS background shows through its transparent pixels on the page.
      if (!isTransparent(style.backgroundColor)) {
        context.fillStyle = style.backgroundColor;
        context.fillRect(box.x, box.y, box.width, box.height);
      }
      const { left, top, right, bottom } = item.inset;
      const inner = {
        x: box.x + left,
        y: box.y + top,
        width: box.width - left - right,
        height: box.height - top - bottom,
      };
      if (inner.width > 0 && inner.height > 0) {
        const { source } = item;
        context.drawImage(
          source,
          0,
          0,
          source.width,
          source.height,
          inner.x,
          inner.y,
          inner.width,
          inner.height,
        );
      }
      const border = Number.parseFloat(style.borderLeftWidth) || 0;
      if (border > 0 && style.borderLeftStyle !== 'none' && !isTransparent(style.borderLeftColor)) {
        // One colour and width all round, as the book's canvases have; rounded corners are drawn square.
        context.strokeStyle = style.borderLeftColor;
        context.lineWidth = border;
        context.strokeRect(box.x + border / 2, box.y + border / 2, box.width - border, box.height - border);
      }
    } else {
      const image = images[index];
      if (image) context.drawImage(image, box.x, box.y, box.width, box.height);
    }
  });

  paintHtmlText(context, text, origin);

  const encoded = await toBlob(output);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  return new Blob([addPngText(bytes, pngTextFor(meta)) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
