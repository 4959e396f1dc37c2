/**
 * The theme's plot colours as concrete values for canvas drawing (a canvas cannot use CSS variables). Read from
 * the figure element, so projector mode and the dark theme give their own colours; cheap enough to re-read on
 * every static redraw and every few dozen animation frames (never per point).
 */
import { useEffect, useState } from 'react';
import { cssColour } from '../common/canvas';
import { PALETTE } from '../common/colours';
import { parseHexColour } from './densityDots';

export interface PlotColours {
  data: string;
  dataRgb: [number, number, number];
  exact: string;
  muted: string;
  ink: string;
}

export function readPlotColours(element: Element | null): PlotColours {
  const data = cssColour(element, '--plot-data', PALETTE.blue);
  return {
    data,
    dataRgb: parseHexColour(data, [0, 114, 178]),
    exact: cssColour(element, '--plot-exact', PALETTE.vermillion),
    muted: cssColour(element, '--plot-muted', PALETTE.grey),
    ink: cssColour(element, '--ink', '#1a1a1a'),
  };
}

/**
 * A number that changes whenever the page's colours may have changed (theme switch, system dark mode), so that
 * canvases — which cannot follow CSS variables by themselves — know to redraw.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(bump);
    observer?.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class', 'style'],
    });
    const media =
      typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', bump);
    return () => {
      observer?.disconnect();
      media?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}
