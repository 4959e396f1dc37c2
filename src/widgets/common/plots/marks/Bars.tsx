import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import type { MarkStyle } from './style';

export interface Bin {
  /** Left and right edges in data units. */
  x0: number;
  x1: number;
  /** The bar's height in data units (a count, or a density). */
  value: number;
}

/**
 * A histogram's bars (or any bars on a continuous x), drawn as one path so thousands of bins stay cheap. The bars
 * are filled and outlined, so they read as bars next to a line even without colour.
 */
export function Bars(props: Omit<MarkStyle, 'dash'> & { bins: readonly Bin[] }) {
  const plot = usePlot();
  const base = plot.y(Math.max(0, plot.y.domain()[0]));
  let d = '';
  for (const bin of props.bins) {
    if (!(bin.value > 0)) continue;
    const left = plot.x(bin.x0);
    const right = plot.x(bin.x1);
    const top = plot.y(bin.value);
    d += `M${left},${base}V${top}H${right}V${base}Z`;
  }
  return (
    <path
      d={d}
      fill={props.colour ?? ROLE.data}
      fillOpacity={props.opacity ?? 0.35}
      stroke={props.colour ?? ROLE.data}
      strokeWidth={(props.width ?? 1) * (plot.projector ? 2 : 1)}
      clipPath={plot.clip}
      data-testid={props.testId}
    />
  );
}

/** Equal-width bins from edges and heights (what core/stats histograms return). */
export function binsOf(edges: ArrayLike<number>, heights: ArrayLike<number>): Bin[] {
  const bins: Bin[] = [];
  for (let i = 0; i < heights.length; i++) bins.push({ x0: edges[i], x1: edges[i + 1], value: heights[i] });
  return bins;
}
