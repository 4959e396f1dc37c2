import { plotMargins } from '../../common/plots/Axis';

/**
 * Room on the left for tick labels such as "10²⁰⁰⁰" beside the rotated y-axis title; both plots use it, so their
 * inner boxes start at the same place.
 */
export function divergentMargins(projector: boolean) {
  return { ...plotMargins(projector), left: projector ? 136 : 78 };
}
