import { afterEach, describe, expect, it } from 'vitest';
import { canExportSvg, findDrawings, layoutBoxes } from '../../../src/widgets/common/frame/export/drawings';
import type { ExportMetadata } from '../../../src/widgets/common/frame/export/exportMetadata';
import { inlineSvgStyles } from '../../../src/widgets/common/frame/export/inlineSvgStyles';
import {
  readSvgMetadata,
  svgDocument,
  svgDocumentOf,
} from '../../../src/widgets/common/frame/export/svgExport';

const meta: ExportMetadata = {
  title: 'Walk <"A" & \'B\'> 随机游走 ]]>',
  widget: 'walk-demo',
  lang: 'zh',
  params: { formula: 'x < 1 && y > 2' },
  seed: 7,
  link: 'https://example.org/#/zh/01-brownian-motion?walk-demo.formula=x+%3C+1&walk-demo.seed=7',
  created: '2025-01-02T03:04:05.000Z',
};

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function parse(text: string): Document {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed;
}

describe('svgDocument', () => {
  it('is well-formed XML with title, desc and the metadata JSON recoverable', () => {
    const host = mount(
      '<figure class="widget"><div class="widget__body"><svg width="200" height="100"><rect width="10" height="10"/></svg></div></figure>',
    );
    const svg = host.querySelector('svg') as SVGSVGElement;
    const text = svgDocument(svg, meta, { background: '#ffffff' });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = parse(text);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('200');
    expect(root.getAttribute('height')).toBe('100');
    expect(root.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(doc.querySelector('title')?.textContent).toBe(meta.title);
    expect(doc.querySelector('desc')?.textContent).toContain(meta.link);
    expect(readSvgMetadata(text)).toEqual(meta);
    // The background is painted under the drawing, and the drawing itself is nested whole.
    const rect = root.querySelector(':scope > rect');
    expect(rect?.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelector(':scope > svg > rect')).not.toBeNull();
  });

  it('inlines styles set by CSS rules and by the style attribute, and drops what the page alone can read', () => {
    const style = document.createElement('style');
    style.textContent = `
      .mark { fill: rgb(255, 0, 0); stroke: rgb(0, 0, 255); stroke-width: 3px; }
      .dashed { stroke-dasharray: 4px, 2px; opacity: 0.5; }
      .label { font-size: 13px; font-weight: 700; text-anchor: middle; }
    `;
    document.head.append(style);
    const host = mount(`
      <svg width="120" height="80" class="plot__svg" style="max-width: 300px">
        <g><rect class="mark" width="5" height="5" fill="black"/>
        <line class="dashed" x1="0" x2="10" stroke="red"/>
        <circle r="2" style="fill: rgb(0, 128, 0); stroke: var(--plot-data); cursor: pointer"/>
        <text class="label" x="5" y="5">τ &lt; 1</text>
        <script>alert(1)</script></g>
      </svg>`);
    const svg = host.querySelector('svg') as SVGSVGElement;
    const { svg: clone, box } = inlineSvgStyles(svg);
    expect(box).toEqual({ x: 0, y: 0, width: 120, height: 80 });
    const rect = clone.querySelector('rect') as Element;
    expect(rect.getAttribute('fill')).toBe('rgb(255, 0, 0)');
    expect(rect.getAttribute('stroke')).toBe('rgb(0, 0, 255)');
    expect(rect.getAttribute('stroke-width')).toBe('3px');
    const line = clone.querySelector('line') as Element;
    expect(line.getAttribute('stroke-dasharray')).toMatch(/^4px,?\s*2px$/);
    expect(line.getAttribute('opacity')).toBe('0.5');
    const circle = clone.querySelector('circle') as SVGElement;
    expect(circle.getAttribute('fill')).toBe('rgb(0, 128, 0)');
    // var() means nothing outside the page; the declarations without it are kept.
    expect(circle.getAttribute('style') ?? '').not.toContain('var(');
    expect(circle.style.getPropertyValue('cursor')).toBe('pointer');
    const label = clone.querySelector('text') as Element;
    expect(label.getAttribute('font-size')).toBe('13px');
    expect(label.getAttribute('text-anchor')).toBe('middle');
    expect(clone.querySelector('script')).toBeNull();
    expect(clone.hasAttribute('style')).toBe(false);
    // The page's own element is untouched.
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('black');

    const doc = parse(svgDocument(svg, meta, { background: null }));
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('rgb(255, 0, 0)');
    expect(doc.querySelector('text')?.textContent).toBe('τ < 1');
  });

  it('leaves out what is not shown, keeps definitions', () => {
    const host = mount(`
      <svg width="50" height="50"><defs><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>
        <g style="display: none"><rect id="hidden"/></g><rect id="shown" clip-path="url(#c)"/></svg>`);
    const { svg: clone } = inlineSvgStyles(host.querySelector('svg') as SVGSVGElement);
    expect(clone.querySelector('#hidden')).toBeNull();
    expect(clone.querySelector('#shown')?.getAttribute('clip-path')).toBe('url(#c)');
    expect(clone.querySelector('clipPath rect')).not.toBeNull();
  });

  it('several SVG panels go into one file', () => {
    const host = mount(
      '<div class="widget__body"><svg width="100" height="50"><rect/></svg><svg width="80" height="60"><circle/></svg></div>',
    );
    const doc = parse(
      svgDocumentOf(host.querySelector('.widget__body') as Element, meta, { background: null }),
    );
    expect(doc.documentElement.querySelectorAll(':scope > svg')).toHaveLength(2);
    expect(doc.querySelector('circle')).not.toBeNull();
  });
});

describe('canExportSvg and the drawing', () => {
  it('is offered only when the visible drawing is entirely SVG', () => {
    const svgOnly = mount('<div class="b"><svg width="10" height="10"></svg><p>readout</p></div>');
    expect(canExportSvg(svgOnly.querySelector('.b'))).toBe(true);
    const layered = mount('<div class="b"><canvas></canvas><svg width="10" height="10"></svg></div>');
    expect(canExportSvg(layered.querySelector('.b'))).toBe(false);
    const hiddenCanvas = mount(
      '<div class="b"><div style="display: none"><canvas></canvas></div><svg width="10" height="10"></svg></div>',
    );
    expect(canExportSvg(hiddenCanvas.querySelector('.b'))).toBe(true);
    const empty = mount('<div class="b"><p>text only</p></div>');
    expect(canExportSvg(empty.querySelector('.b'))).toBe(false);
    expect(canExportSvg(null)).toBe(false);
  });

  it('an SVG inside another SVG is part of it, not a drawing of its own', () => {
    const host = mount('<div class="b"><svg><g><svg></svg></g></svg><canvas></canvas></div>');
    expect(findDrawings(host.querySelector('.b') as Element).map((d) => d.localName)).toEqual([
      'svg',
      'canvas',
    ]);
  });

  it('lays drawings out relative to their union box, dropping empty ones', () => {
    const layout = layoutBoxes([
      { item: 'canvas', box: { x: 150, y: 220, width: 300, height: 200 } },
      { item: 'axes', box: { x: 110, y: 200, width: 360, height: 250 } },
      { item: 'side', box: { x: 500, y: 200, width: 100, height: 100 } },
      { item: 'empty', box: { x: 0, y: 0, width: 0, height: 0 } },
    ]);
    expect(layout.width).toBe(490);
    expect(layout.height).toBe(250);
    expect(layout.placed.map((p) => [p.item, p.box.x, p.box.y])).toEqual([
      ['canvas', 40, 20],
      ['axes', 0, 0],
      ['side', 390, 0],
    ]);
  });
});
