import { figureBackground } from './background';
import { type Box, findDrawings, layoutBoxes } from './drawings';
import { describeExport, type ExportMetadata, metadataJson } from './exportMetadata';
import { inlineSvgStyles } from './inlineSvgStyles';

export { canExportSvg } from './drawings';

/**
 * The SVG file of a figure: a standalone document (no stylesheet needed) that says what it is — a <title>, a
 * <desc> a person can read, and a <metadata> with the export record as JSON, so a program can rebuild the link.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgDocumentOptions {
  /** The colour painted behind the drawing; by default the figure's (theme, projector mode). `null`: none. */
  background?: string | null;
}

function element(document: Document, name: string, text?: string): Element {
  const node = document.createElementNS(SVG_NS, name);
  if (text !== undefined) node.textContent = text;
  return node;
}

function serialise(
  parts: { svg: SVGSVGElement; box: Box }[],
  width: number,
  height: number,
  meta: ExportMetadata,
  background: string | null,
  document: Document,
): string {
  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  root.append(
    element(document, 'title', meta.title),
    element(document, 'desc', `${describeExport(meta)}\n${meta.link}`),
  );
  const metadata = element(document, 'metadata', metadataJson(meta));
  metadata.setAttribute('id', 'export-metadata');
  metadata.setAttribute('data-format', 'application/json');
  root.append(metadata);
  if (background) {
    const rect = element(document, 'rect');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(height));
    rect.setAttribute('fill', background);
    root.append(rect);
  }
  for (const { svg, box } of parts) {
    svg.setAttribute('x', String(box.x));
    svg.setAttribute('y', String(box.y));
    root.append(svg);
  }
  const text = new XMLSerializer().serializeToString(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`;
}

/** One SVG element as a file. */
export function svgDocument(
  svg: SVGSVGElement,
  meta: ExportMetadata,
  options: SvgDocumentOptions = {},
): string {
  const inlined = inlineSvgStyles(svg);
  const background = options.background === undefined ? figureBackground(svg) : options.background;
  const { width, height } = inlined.box;
  return serialise(
    [{ svg: inlined.svg, box: { ...inlined.box, x: 0, y: 0 } }],
    width,
    height,
    meta,
    background,
    svg.ownerDocument,
  );
}

/**
 * Every SVG of a figure's body in one file, each where the reader saw it (side-by-side panels stay side by side).
 * Call only when `canExportSvg(body)`: a canvas layer would be missing.
 */
export function svgDocumentOf(body: Element, meta: ExportMetadata, options: SvgDocumentOptions = {}): string {
  const svgs = findDrawings(body).filter((d): d is SVGSVGElement => d.localName === 'svg');
  if (svgs.length === 0) throw new Error('This figure has no SVG drawing to save.');
  if (svgs.length === 1) return svgDocument(svgs[0], meta, options);
  const background = options.background === undefined ? figureBackground(body) : options.background;
  const items = svgs.map((svg) => {
    const inlined = inlineSvgStyles(svg);
    const frame = svg.getBoundingClientRect();
    return {
      item: inlined.svg,
      box: {
        x: frame.left + inlined.box.x,
        y: frame.top + inlined.box.y,
        width: inlined.box.width,
        height: inlined.box.height,
      },
    };
  });
  const layout = layoutBoxes(items);
  const parts = layout.placed.map(({ item, box }) => ({ svg: item, box }));
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  return serialise(parts, width, height, meta, background, body.ownerDocument);
}

/** The export record back from an SVG file's text (for tests, and for anyone rebuilding a figure from it). */
export function readSvgMetadata(text: string): ExportMetadata | null {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  const node = parsed.querySelector('metadata#export-metadata') ?? parsed.querySelector('metadata');
  if (!node?.textContent) return null;
  try {
    return JSON.parse(node.textContent) as ExportMetadata;
  } catch {
    return null;
  }
}
