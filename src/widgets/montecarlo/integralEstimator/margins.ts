import { plotMargins } from '../../common/plots/Axis';

/** A wider left side than the frame's, the same for both plots, so their x-axes start at the same place. */
export function alignedMargins(projector: boolean) {
  const margins = plotMargins(projector);
  return { ...margins, left: margins.left + (projector ? 20 : 12) };
}

/** The repeats plot's margins: aligned on the left, with room on top for its legend, so it never sits on data. */
export function repeatsMargins(projector: boolean) {
  const margins = alignedMargins(projector);
  return { ...margins, top: margins.top + (projector ? 30 : 18) };
}
