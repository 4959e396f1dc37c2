// The plot kit: one <Plot> that owns size, margins, clip and axes, and small marks drawn inside it.

export { PALETTE, ROLE } from './colours';
export { DensityMap } from './DensityMap';
export { ImageGrid, type ImageGridProps } from './ImageGrid';
export { Legend, type LegendGlyph, type LegendItem } from './Legend';
export { powerOfTenLabel, powersOfTen } from './logTicks';
export { Area } from './marks/Area';
export { Bars, type Bin, binsOf } from './marks/Bars';
export { FunctionLine, Line } from './marks/Line';
export { PlotText } from './marks/PlotText';
export { Points } from './marks/Points';
export { Rule } from './marks/Rule';
export { DASHED, DOTTED, type MarkStyle } from './marks/style';
export { Plot, type PlotFrame, type PlotProps, usePlot } from './Plot';
export { type AxisSpec, type PlotScale, scaleOf } from './scales';
export { wideMargins } from './wideMargins';
