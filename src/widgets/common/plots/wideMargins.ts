import { type PlotBox, plotMargins } from './Axis';

/**
 * The frame's plot margins with a wider left side, for plots whose' y tick labels ("0.03", "10⁻³") are long enough
 * that, at projector font sizes, the rotated y-axis title would otherwise run into them.
 */
export function wideMargins(projector: boolean): PlotBox['margin'] {
  const margins = plotMargins(projector);
  return { ...margins, left: projector ? 112 : 62 };
}
