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
 * are filled and outlined, so they read as bars next to a line even without colour. `joined` outlines bins that
 * touch as one skyline, without an edge between neighbours: a density histogram that reads as one shape.
 */
export function Bars(props: Omit<MarkStyle, 'dash'> & { bins: readonly Bin[]; joined?: boolean }) {
  const plot = usePlot();
  const base = plot.y(Math.max(0, plot.y.domain()[0]));
  const d = props.joined
    ? skyline(props.bins, plot.x, plot.y, base)
    : separateBars(props.bins, plot.x, plot.y, base);
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

type Scale = (value: number) => number;

function separateBars(bins: readonly Bin[], x: Scale, y: Scale, base: number): string {
  let d = '';
  for (const bin of bins) {
    if (!(bin.value > 0)) continue;
    d += `M${x(bin.x0)},${base}V${y(bin.value)}H${x(bin.x1)}V${base}Z`;
  }
  return d;
}

/** One closed outline per run of touching bins (empty bins run along the base). */
function skyline(bins: readonly Bin[], x: Scale, y: Scale, base: number): string {
  let d = '';
  let end = Number.NaN;
  for (const bin of bins) {
    if (bin.x0 !== end) d += `${d ? `V${base}Z` : ''}M${x(bin.x0)},${base}`;
    d += `V${bin.value > 0 ? y(bin.value) : base}H${x(bin.x1)}`;
    end = bin.x1;
  }
  return d ? `${d}V${base}Z` : '';
}

/** Equal-width bins from edges and heights (what core/stats histograms return). */
export function binsOf(edges: ArrayLike<number>, heights: ArrayLike<number>): Bin[] {
  const bins: Bin[] = [];
  for (let i = 0; i < heights.length; i++) bins.push({ x0: edges[i], x1: edges[i + 1], value: heights[i] });
  return bins;
}
