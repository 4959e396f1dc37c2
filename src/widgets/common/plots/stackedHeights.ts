/**
 * The heights of a plot that shares the screen with others (stacked under them, or beside a map): in projector
 * mode it grows 1.7 times rather than `<Plot>`'s default twice, so the whole stack still fits a projected screen.
 * Spread it into the plot: `<Plot x={x} y={y} {...stackedHeights(170)} label={label}>`.
 */
export function stackedHeights(height: number): { height: number; projectorHeight: number } {
  return { height, projectorHeight: Math.round(height * 1.7) };
}
