import { type LegendItem, LegendSwatch } from '../Legend';
import { usePlot } from '../Plot';

/**
 * A legend inside a plot, one row per item: the swatch drawn as `Legend` draws it (a filled box for bars, a solid,
 * dotted or dashed line), then the words, so the series are told apart without colour. It starts `left` pixels in
 * from the inner box's left edge (default 8), or, with `right`, that many pixels back from its right edge (room
 * for swatches and words; 1.8 times as much in projector mode, where the words are larger). For text glyphs that
 * align to a corner by themselves see `CornerLegend`; for a legend that may wrap, `Legend` under the plot.
 */
export function SwatchLegend(props: { items: readonly LegendItem[]; left?: number; right?: number }) {
  const plot = usePlot();
  const top = plot.projector ? 18 : 10;
  const row = plot.projector ? 32 : 18;
  const x =
    props.right === undefined
      ? (props.left ?? 8)
      : plot.box.innerWidth - props.right * (plot.projector ? 1.8 : 1);
  return (
    <g transform={`translate(${x},${top})`}>
      {props.items.map((item, k) => (
        <g key={item.label}>
          <LegendSwatch glyph={item.glyph} colour={item.colour} x={0} y={k * row - 7} />
          <text x={32} y={k * row + 4}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
