/**
 * The theme's plot colours as concrete values for canvas drawing (a canvas cannot use CSS variables). Read from
 * the figure's element, so projector mode and the dark theme give their own colours; cheap enough to re-read on
 * every static redraw and every few dozen animation frames (never per point). This is the one place canvases
 * read colours; SVG marks use `ROLE` (CSS variables) and follow the theme by themselves.
 */
import { PALETTE } from '../plots/colours';
import { parseHexColour } from './densityDots';

export interface PlotColours {
  data: string;
  dataRgb: [number, number, number];
  exact: string;
  accept: string;
  reject: string;
  muted: string;
  ink: string;
  inkSoft: string;
  /** The CSS font size of plot labels ("13px"; larger in projector mode). */
  fontSize: string;
}

/** Read a CSS custom property from an element, with a fallback where there are no styles (jsdom, detached). */
export function cssColour(element: Element | null, name: string, fallback: string): string {
  if (!element || typeof getComputedStyle !== 'function') return fallback;
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  return value || fallback;
}

export function readPlotColours(element: Element | null): PlotColours {
  const data = cssColour(element, '--plot-data', PALETTE.blue);
  return {
    data,
    dataRgb: parseHexColour(data, [0, 114, 178]),
    exact: cssColour(element, '--plot-exact', PALETTE.vermillion),
    accept: cssColour(element, '--plot-accept', PALETTE.green),
    reject: cssColour(element, '--plot-reject', PALETTE.vermillion),
    muted: cssColour(element, '--plot-muted', PALETTE.grey),
    ink: cssColour(element, '--ink', '#1a1a1a'),
    inkSoft: cssColour(element, '--ink-soft', '#4a4a4a'),
    fontSize: cssColour(element, '--plot-font', '13px'),
  };
}
