import { type PlotBox, plotMargins } from '../common/Axis';

/**
 * The frame's plot margins with a wider left side: these plots' y tick labels ("0.03", "10⁻³") are long enough
 * that, at projector font sizes, the rotated y-axis title would otherwise run into them.
 */
export function brownianMargins(projector: boolean): PlotBox['margin'] {
  const margins = plotMargins(projector);
  return { ...margins, left: projector ? 112 : 62 };
}
