import type { Box } from './drawings';

/**
 * A copy of an SVG that looks the same outside the page. On the page its colours, line widths and fonts come from
 * the book's stylesheets (classes, `var(--plot-data)`, projector mode's larger type); a file, or the same markup
 * loaded as an image, sees none of them. So the copy carries each element's *computed* value as a presentation
 * attribute — already resolved by the browser: var() substituted, currentColor and the theme applied.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * Inherited properties with their initial values: written on an element only where it differs from its parent
 * (or where the element had the attribute already, which the stylesheet may have overridden), so a plot of a
 * thousand points does not repeat its font a thousand times.
 */
const INHERITED: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'stroke-opacity': '1',
  'paint-order': 'normal',
  'clip-rule': 'nonzero',
  'font-family': '',
  'font-size': '',
  'font-style': 'normal',
  'font-weight': '400',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  visibility: 'visible',
  'shape-rendering': 'auto',
};

/** Properties that do not inherit: written where they differ from their initial value. */
const OWN: Record<string, string> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'vector-effect': 'none',
  'alignment-baseline': 'auto',
  'baseline-shift': '0px',
};

/** Never painted themselves (definitions, text alternatives): kept even though their computed display is none. */
const NOT_RENDERED = new Set([
  'defs',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'symbol',
  'linearGradient',
  'radialGradient',
  'filter',
  'title',
  'desc',
  'metadata',
  'style',
]);

/** Not copied: scripts do not run in a picture, and a picture must not carry one. */
const DROPPED = new Set(['script']);

/**
 * Chrome gives `fill: url(#hatch)` back as an absolute URL (`url("http://…/page#hatch")`), which would point to the
 * book from inside the file. A local reference is what the copy needs: its defs travel with it.
 */
function localUrl(value: string): string {
  return value.replace(/url\(\s*(["']?)[^"')#]*(#[^"')]+)\1\s*\)/g, 'url($2)');
}

/** The computed value, or '' where the engine gave back an unresolved var() (jsdom does): never write that. */
function computedValue(style: CSSStyleDeclaration, property: string): string {
  const value = localUrl(style.getPropertyValue(property).trim());
  return value.includes('var(') ? '' : value;
}

/** Declarations of the element's own `style` attribute that the inlining does not cover (and that need no page). */
function keptDeclarations(original: Element): [string, string][] {
  const text = original.getAttribute('style');
  if (!text) return [];
  const kept: [string, string][] = [];
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!property || !value || value.includes('var(')) continue;
    if (property in INHERITED || property in OWN || property === 'display') continue;
    kept.push([property, value]);
  }
  return kept;
}

function inlineElement(
  original: Element,
  clone: Element,
  parent: Map<string, string> | null,
  inDefinitions: boolean,
): void {
  const name = original.localName;
  if (DROPPED.has(name)) {
    clone.remove();
    return;
  }
  const definitions = inDefinitions || NOT_RENDERED.has(name);
  if (name === 'title' || name === 'desc' || name === 'metadata' || name === 'style') return;
  const view = original.ownerDocument.defaultView;
  if (!view) return;
  const style = view.getComputedStyle(original);
  // What the reader did not see is not in the picture (the root is laid out by the caller).
  if (!definitions && parent && style.display === 'none') {
    clone.remove();
    return;
  }

  const mine = new Map<string, string>();
  for (const [property, initial] of Object.entries(INHERITED)) {
    const value = computedValue(style, property);
    mine.set(property, value || (parent?.get(property) ?? initial));
    // An empty value is one the browser (or jsdom) does not compute: leave the element as it is.
    if (!value) continue;
    const around = parent ? parent.get(property) : initial;
    if (value !== around || original.hasAttribute(property)) clone.setAttribute(property, value);
  }
  for (const [property, initial] of Object.entries(OWN)) {
    const value = computedValue(style, property);
    if (!value) continue;
    if (value !== initial || original.hasAttribute(property)) clone.setAttribute(property, value);
  }

  // The style attribute would win over the attributes just written, and may hold var(), which means nothing
  // outside the page; what is left of it is set through the CSSOM (the page's CSP forbids style attributes).
  if (clone instanceof SVGElement || clone instanceof HTMLElement) {
    clone.removeAttribute('style');
    if (parent)
      for (const [property, value] of keptDeclarations(original)) clone.style.setProperty(property, value);
  }

  const originals = Array.from(original.children);
  const clones = Array.from(clone.children);
  originals.forEach((child, index) => {
    const copy = clones[index];
    if (copy) inlineElement(child, copy, mine, definitions);
  });
}

export interface InlinedSvg {
  /** The copy, detached, with xmlns, width, height and viewBox set. */
  svg: SVGSVGElement;
  /** Where the copy's picture lies relative to the original's top-left corner, in CSS pixels (see `overflow`). */
  box: Box;
}

/** How far text may stick out of a plot (`overflow: visible`: a last tick label) and still be kept. */
const OVERFLOW_LIMIT = 48;

function numberAttribute(element: Element, name: string): number {
  const value = Number.parseFloat(element.getAttribute(name) ?? '');
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Text that overflows an SVG shown with `overflow: visible` (the kit's plots): the box is widened to keep it,
 * within a limit. Shapes are not measured: a clipped line's bounds say nothing of what is drawn.
 */
function overflowBox(svg: SVGSVGElement, width: number, height: number): Box {
  const frame = svg.getBoundingClientRect();
  const view = svg.ownerDocument.defaultView;
  const box = { x: 0, y: 0, width, height };
  if (!view || frame.width <= 0 || svg.hasAttribute('viewBox')) return box;
  if (view.getComputedStyle(svg).overflow !== 'visible') return box;
  let left = 0;
  let top = 0;
  let right = width;
  let bottom = height;
  for (const text of svg.querySelectorAll('text')) {
    const r = text.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    left = Math.min(left, Math.max(-OVERFLOW_LIMIT, r.left - frame.left));
    top = Math.min(top, Math.max(-OVERFLOW_LIMIT, r.top - frame.top));
    right = Math.max(right, Math.min(width + OVERFLOW_LIMIT, r.right - frame.left));
    bottom = Math.max(bottom, Math.min(height + OVERFLOW_LIMIT, r.bottom - frame.top));
  }
  const x = Math.floor(left);
  const y = Math.floor(top);
  return { x, y, width: Math.ceil(right) - x, height: Math.ceil(bottom) - y };
}

/** The ids an element tree points to: `url(#id)` in any attribute, `href="#id"`. */
function referencedIds(root: Element): Set<string> {
  const ids = new Set<string>();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      for (const match of attribute.value.matchAll(/url\(\s*["']?#([^"')\s]+)/g)) ids.add(match[1]);
      if (attribute.localName === 'href' && attribute.value.startsWith('#'))
        ids.add(attribute.value.slice(1));
    }
  }
  return ids;
}

/**
 * A figure may keep its hatching patterns in one SVG and use them from others (a legend's swatch); a picture of
 * one SVG must carry copies of what it points to, or the hatching silently disappears.
 */
function copyReferencedDefinitions(original: SVGSVGElement, clone: SVGSVGElement): void {
  const document = original.ownerDocument;
  let defs: Element | null = null;
  for (let round = 0; round < 8; round++) {
    const present = new Set(Array.from(clone.querySelectorAll('[id]'), (element) => element.id));
    const missing = [...referencedIds(clone)].filter((id) => !present.has(id));
    let copied = 0;
    for (const id of missing) {
      const source = document.getElementById(id);
      if (!source || original.contains(source) || !(source instanceof SVGElement)) continue;
      const copy = source.cloneNode(true) as Element;
      inlineElement(source, copy, null, true);
      if (!defs) {
        defs = document.createElementNS(SVG_NS, 'defs');
        clone.prepend(defs);
      }
      defs.append(copy);
      copied++;
    }
    if (copied === 0) return;
  }
}

/** Clone `svg` with its computed presentation styles inlined, sized as the reader sees it. */
export function inlineSvgStyles(svg: SVGSVGElement): InlinedSvg {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineElement(svg, clone, null, false);
  copyReferencedDefinitions(svg, clone);

  const frame = svg.getBoundingClientRect();
  const viewBox = svg.viewBox?.baseVal;
  // Laid out (a browser): the size the reader sees, even 0 × 0 (an SVG that only holds shared patterns). Not laid
  // out (jsdom, a detached element): the size its attributes ask for.
  const laidOut = svg.getClientRects().length > 0;
  const width = laidOut
    ? frame.width
    : numberAttribute(svg, 'width') || (viewBox && viewBox.width > 0 ? viewBox.width : 300);
  const height = laidOut
    ? frame.height
    : numberAttribute(svg, 'height') || (viewBox && viewBox.height > 0 ? viewBox.height : 150);
  const box = overflowBox(svg, width, height);

  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  if (svg.outerHTML.includes('xlink:')) {
    clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  }
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  if (!svg.hasAttribute('viewBox')) {
    // No viewBox on the page means user units are CSS pixels from the top-left corner.
    clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  }
  // Seen on the page, the plot may overflow its box; a picture shows its whole box and nothing beyond.
  clone.setAttribute('overflow', 'hidden');
  return { svg: clone, box };
}
