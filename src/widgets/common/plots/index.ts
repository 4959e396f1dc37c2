// The plot kit: one <Plot> that owns size, margins, clip and axes, and small marks drawn inside it.

export { PALETTE, ROLE } from './colours';
export { DensityMap } from './DensityMap';
export { ImageGrid, type ImageGridProps } from './ImageGrid';
export { Legend, type LegendGlyph, type LegendItem, LegendSwatch } from './Legend';
export { formatLog10, log10Axis } from './log10Axis';
export { powersOfTenAxis } from './logAxis';
export { checkpointsUpTo, logSpacedCounts } from './logSpaced';
export { powerOfTenLabel, powersOfTen, tenToThe } from './logTicks';
export { Area } from './marks/Area';
export { Bars, type Bin, binsOf } from './marks/Bars';
export { CornerLegend, type CornerLegendItem } from './marks/CornerLegend';
export { DragHandle, type DragHandleProps } from './marks/DragHandle';
export { ErrorBars } from './marks/ErrorBars';
export { FunctionLine, Line } from './marks/Line';
export { Marker, type MarkerProps } from './marks/Marker';
export { PlotText } from './marks/PlotText';
export { Points } from './marks/Points';
export { Rect } from './marks/Rect';
export { Rule } from './marks/Rule';
export { Stems } from './marks/Stems';
export { StepLine } from './marks/StepLine';
export { SwatchLegend } from './marks/SwatchLegend';
export { DASHED, DOTTED, type MarkStyle } from './marks/style';
export { Plot, type PlotFrame, type PlotProps, usePlot } from './Plot';
export { type AxisSpec, type PlotScale, scaleOf } from './scales';
export { stackedHeights } from './stackedHeights';
export { wideMargins } from './wideMargins';
