/**
 * A slider value snapped to its step grid (0.05, 0.1 …), so that a value a hair off the grid — from floating-point
 * stepping or a hand-written URL — counts as the grid value. Widgets whose words change with the sign of a
 * parameter need this: 1e-17 must read as 0, not as "positive".
 */
export function snapToStep(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toFixed(10));
}
