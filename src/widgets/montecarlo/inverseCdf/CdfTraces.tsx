import { ROLE, usePlot } from '../../common/plots';

/** How many of the latest draws are traced u → F⁻¹(u). */
export const TRACES = 10;

/**
 * The latest draws traced, inside a `<Plot>` of F: from u on the vertical axis across to the curve, then down to
 * x = F⁻¹(u). The newest is solid and bolder, older ones dashed and fading; a draw beyond the x-range ends at the
 * edge with an arrow pointing where it went.
 */
export function CdfTraces(props: { xs: Float64Array; us: Float64Array; shown: number }) {
  const { xs, us, shown } = props;
  const plot = usePlot();
  const [lo, hi] = plot.x.domain();
  const { innerWidth, innerHeight } = plot.box;
  const { projector } = plot;
  const traces = [];
  for (let i = Math.max(0, shown - TRACES); i < shown; i++) {
    const age = shown - 1 - i;
    const newest = age === 0;
    const off = xs[i] < lo ? -1 : xs[i] > hi ? 1 : 0;
    const px = off === 0 ? plot.x(xs[i]) : off < 0 ? 0 : innerWidth;
    const py = plot.y(us[i]);
    traces.push(
      <g key={i} opacity={1 - age * 0.08}>
        <path
          d={off === 0 ? `M0,${py}H${px}V${innerHeight}` : `M0,${py}H${px}`}
          fill="none"
          stroke={ROLE.accept}
          strokeWidth={newest ? (projector ? 3.5 : 2.2) : projector ? 2 : 1}
          strokeDasharray={newest ? undefined : '4 3'}
        />
        {off === 0 ? (
          <circle cx={px} cy={py} r={newest ? 4 : 2.5} fill={ROLE.accept} />
        ) : (
          <text x={off < 0 ? 2 : px - 2} y={py - 4} textAnchor={off < 0 ? 'start' : 'end'}>
            {off < 0 ? '←' : '→'}
          </text>
        )}
      </g>,
    );
  }
  return <g data-testid="inverse-cdf-traces">{traces}</g>;
}
