import { usePlot } from '../Plot';

export interface CornerLegendItem {
  /** A character that repeats the mark's look ("━" a line, "- -" a dashed line, "●" dots, "▇" bars). */
  glyph: string;
  colour: string;
  label: string;
}

/**
 * A small legend inside a plot's top corner, one line per item: the glyph in the mark's colour, then words, so the
 * legend is read by its words and shapes and not by colour alone. For a legend that may wrap, use `Legend` under
 * the plot instead.
 */
export function CornerLegend(props: {
  items: readonly CornerLegendItem[];
  corner: 'top-left' | 'top-right';
}) {
  const plot = usePlot();
  const first = plot.projector ? 26 : 14;
  const gap = plot.projector ? 32 : 18;
  const right = props.corner === 'top-right';
  return (
    <>
      {props.items.map((item, k) => (
        <text
          key={item.label}
          x={right ? plot.box.innerWidth - 4 : 6}
          y={first + k * gap}
          textAnchor={right ? 'end' : 'start'}
        >
          <tspan fill={item.colour}>{item.glyph} </tspan>
          {item.label}
        </text>
      ))}
    </>
  );
}
