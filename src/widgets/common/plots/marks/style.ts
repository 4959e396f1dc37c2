import { ROLE } from '../colours';

/** How a mark looks: a colour role, and a dash or marker so that colour is never the only cue. */
export interface MarkStyle {
  /** A colour: a `ROLE` (CSS variable, follows the theme) or a `PALETTE` value. */
  colour?: string;
  /** Stroke width at normal size; projector mode doubles it. */
  width?: number;
  /** SVG dash pattern, e.g. "6 4" (dashed) or "1.5 3" (dotted). */
  dash?: string;
  opacity?: number;
  testId?: string;
}

export const DASHED = '6 4';
export const DOTTED = '1.5 3';

export function strokeOf(style: MarkStyle, projector: boolean) {
  return {
    stroke: style.colour ?? ROLE.data,
    strokeWidth: (style.width ?? 1.5) * (projector ? 2 : 1),
    strokeDasharray: style.dash,
    strokeOpacity: style.opacity,
  };
}
