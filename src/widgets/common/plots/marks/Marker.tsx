import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import { DOTTED } from './style';

export interface MarkerProps {
  /** Where the point is, in data units. */
  x: number;
  y: number;
  /** Radius in CSS pixels at normal size (projector mode doubles it). */
  radius?: number;
  colour?: string;
  /** Dotted guides from the point down to the x-axis and across to the y-axis, to read it off both axes. */
  guides?: boolean;
  testId?: string;
}

/**
 * One highlighted point (the current value on a curve): a filled disc with an ink outline, so it stands out from
 * the line by its shape as well as its colour. It is a `<circle>`, so its position can be read back (cx, cy).
 */
export function Marker(props: MarkerProps) {
  const plot = usePlot();
  const px = plot.x(props.x);
  const py = plot.y(props.y);
  if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
  const colour = props.colour ?? ROLE.exact;
  const scale = plot.projector ? 2 : 1;
  return (
    <>
      {props.guides && (
        <path
          d={`M${px},${plot.box.innerHeight}V${py}H0`}
          fill="none"
          stroke={colour}
          strokeWidth={scale}
          strokeDasharray={DOTTED}
        />
      )}
      <circle
        cx={px}
        cy={py}
        r={(props.radius ?? 6) * scale}
        fill={colour}
        stroke={ROLE.ink}
        strokeWidth={scale}
        data-testid={props.testId}
      />
    </>
  );
}
