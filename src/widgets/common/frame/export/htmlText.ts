import type { Box } from './drawings';

/**
 * The words of a drawing that are HTML, not SVG: a canvas's legend ("walkers (stronger colour = more)") and a
 * panel's title sit in HTML next to the picture, and a PNG of swatches without their labels would be a wrong
 * figure. Text within the drawings' union box is taken, line by line, with its font and colour (the picture grows
 * to hold a line that sticks out); text outside it (readouts under the figure) is not: the picture is the drawing,
 * the numbers are in the metadata.
 */

export interface TextRun {
  text: string;
  /** The line's box in page coordinates (getClientRects). */
  box: Box;
  /** Canvas `font` shorthand: style, weight, size, family. */
  font: string;
  colour: string;
}

/**
 * Not part of the picture: SVG text (already in the SVG), controls (a button's words without the button), and
 * readouts and status lines — numbers that change as the reader watches (the kit's readouts are live regions) and
 * whose colons are CSS-generated, so they would read wrongly; the parameters are in the metadata instead.
 */
const SKIPPED = [
  'svg',
  'canvas',
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'select',
  'textarea',
  'label',
  'legend',
  'output',
  '.visually-hidden',
  '.readout',
  '[aria-live]',
  '[role="status"]',
  '[role="alert"]',
].join(', ');

/** A line belongs to the drawing when its middle lies inside it (its ends may stick out: the box grows). */
function inside(box: Box, area: Box): boolean {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height;
}

function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/** The rendered lines of one text node: its words, grouped by the line box each lands on. */
function linesOf(node: Text, range: Range): { text: string; box: Box }[] {
  const lines: { text: string; box: Box }[] = [];
  for (const word of node.data.matchAll(/\S+/g)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const r = range.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const last = lines[lines.length - 1];
    if (last && Math.abs(r.top - last.box.y) < r.height / 2 && r.left >= last.box.x) {
      // The same line: the text between keeps one space where the page shows one (white space collapses).
      last.text += ` ${word[0]}`;
      last.box.width = r.right - last.box.x;
      last.box.height = Math.max(last.box.height, r.height);
    } else lines.push({ text: word[0], box: { x: r.left, y: r.top, width: r.width, height: r.height } });
  }
  return lines;
}

/** The box a line of text belongs to: its nearest ancestor that is not laid out inline. */
function blockOf(element: Element, view: Window): Element {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const display = view.getComputedStyle(node).display;
    if (display !== 'inline' && display !== 'contents') return node;
  }
  return element;
}

/**
 * A panel's title: a short block right before an element that is or holds a drawing (`<p>title</p><Plot/>`).
 * It belongs to the picture even above the topmost drawing, where the box test alone would leave it out.
 */
function isTitle(block: Element): boolean {
  const next = block.nextElementSibling;
  return !!next && (next.matches('svg, canvas') || next.querySelector('svg, canvas') !== null);
}

/** A title is one or two lines; a longer block before a drawing is prose, not a title. */
const TITLE_LINES = 2;

/**
 * Every HTML text line of `body` that belongs to the drawing in `area` (page coordinates), in document order. A
 * paragraph is taken whole or not at all: half a sentence (the lines that happen to fall inside the box) would read
 * as a mistake.
 */
export function collectHtmlText(body: Element, area: Box): TextRun[] {
  const document = body.ownerDocument;
  const view = document.defaultView;
  if (!view || area.width <= 0 || area.height <= 0) return [];
  const blocks = new Map<Element, { runs: TextRun[]; whole: boolean; title: boolean }>();
  const range = document.createRange();
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest(SKIPPED)) continue;
    range.selectNodeContents(node);
    const whole = range.getBoundingClientRect();
    if (whole.width <= 0 || whole.height <= 0) continue;
    const style = view.getComputedStyle(parent);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const block = blockOf(parent, view);
    let entry = blocks.get(block);
    if (!entry) {
      entry = { runs: [], whole: true, title: block !== body && isTitle(block) };
      blocks.set(block, entry);
    }
    // Quick reject: a paragraph under the drawing is not looked at word by word.
    if (!entry.title && (whole.bottom < area.y || whole.top > area.y + area.height)) {
      entry.whole = false;
      continue;
    }
    for (const line of linesOf(node, range)) {
      if (!inside(line.box, area)) entry.whole = false;
      entry.runs.push({ ...line, font: fontOf(style), colour: style.color });
    }
  }
  range.detach();
  return [...blocks.values()]
    .filter((entry) => entry.whole || (entry.title && lineCount(entry.runs) <= TITLE_LINES))
    .flatMap((entry) => entry.runs);
}

/** Lines of a block: runs of several text nodes (a title with a subscript) may share one line. */
function lineCount(runs: TextRun[]): number {
  const middles = runs.map((run) => run.box.y + run.box.height / 2).sort((a, b) => a - b);
  const gap = Math.min(...runs.map((run) => run.box.height)) / 2;
  let lines = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const middle of middles) {
    if (middle - last > gap) lines++;
    last = middle;
  }
  return lines;
}

/**
 * Paint the runs on a canvas whose origin is `origin` (page coordinates). The baseline is placed as CSS places it:
 * the font's ascent below the top of the content area, centred in the line box.
 */
export function paintHtmlText(
  context: CanvasRenderingContext2D,
  runs: TextRun[],
  origin: { x: number; y: number },
) {
  context.save();
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  for (const run of runs) {
    context.font = run.font;
    context.fillStyle = run.colour;
    const metrics = context.measureText(run.text);
    const ascent = metrics.fontBoundingBoxAscent ?? metrics.actualBoundingBoxAscent;
    const descent = metrics.fontBoundingBoxDescent ?? metrics.actualBoundingBoxDescent;
    const top = run.box.y - origin.y + (run.box.height - (ascent + descent)) / 2;
    context.fillText(run.text, run.box.x - origin.x, top + ascent);
  }
  context.restore();
}
