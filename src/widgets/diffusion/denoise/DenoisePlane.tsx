import { memo, useMemo } from 'react';
import { NoisedGaussianMixture, scaledDensityGrid } from '../../../core';
import { DASHED, DensityMap, DragHandle, ROLE, usePlot } from '../../common/plots';
import { BOX, DATA_COUNT, DENSITY_GRID, type DenoiseData, type Denoised } from './model';
import { placeTags } from './tagLayout';

const NO_PATH = { xs: new Float64Array(0), ys: new Float64Array(0), count: 0 };

export interface DenoisePlaneProps {
  data: DenoiseData;
  alphaBar: number;
  result: Denoised;
  xt: readonly [number, number];
  /** The data point x_t was drawn from, or −1. */
  source: number;
  onMove: (x: number, y: number) => void;
  handleLabel: string;
  label: string;
  axes: [string, string];
  legend: string[];
}

/** The plane: p_t shaded, the data points sized by their posterior weight, x_t (a handle) and Tweedie's estimate. */
export function DenoisePlane(props: DenoisePlaneProps) {
  const { data, alphaBar, result, xt, source, onMove, handleLabel } = props;
  const grid = useMemo(() => {
    // A density of its own at this ᾱ: the shared one is evaluated at other ᾱ by the posterior.
    const noised = new NoisedGaussianMixture(data.density.mixture);
    noised.setAlphaBar(alphaBar);
    const { values, max } = scaledDensityGrid(noised, BOX, DENSITY_GRID, 1);
    return { box: BOX, values, max, nx: DENSITY_GRID, ny: DENSITY_GRID };
  }, [data, alphaBar]);
  const marks = useMemo(
    () => (
      <>
        <Weights data={data} result={result} source={source} xt={xt} />
        <Estimate xt={xt} estimate={result.estimate} mean={data.mean} />
        <DragHandle
          x={xt[0]}
          y={xt[1]}
          keyStep={0.05}
          tag="x_t"
          label={handleLabel}
          onMove={onMove}
          testId="denoise-xt"
        />
      </>
    ),
    [data, result, source, xt, onMove, handleLabel],
  );
  return (
    <div>
      <DensityMap
        density={grid}
        path={NO_PATH}
        label={props.label}
        axes={props.axes}
        testId="denoise-plane"
        contourLines={false}
        interactive
      >
        {marks}
      </DensityMap>
      <ul className="denoise__legend">
        {props.legend.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Each data point as a disc of area ∝ its posterior weight (a floor keeps weightless points visible) and opacity
 * rising with it; the largest few numbered, so the bar list can be read against the plane without colour.
 */
const Weights = memo(function Weights(props: {
  data: DenoiseData;
  result: Denoised;
  source: number;
  xt: readonly [number, number];
}) {
  const plot = usePlot();
  const size = plot.projector ? 2 : 1;
  const { points } = props.data;
  const { weights, top } = props.result;
  const radius = (w: number) => size * (1.5 + 14 * Math.sqrt(w));
  const [ex, ey] = [plot.x(props.result.estimate[0]), plot.y(props.result.estimate[1])];
  const [hx, hy] = [plot.x(props.xt[0]), plot.y(props.xt[1])];
  const mark = 9 * size;
  // The numbers must not sit on each other, on the estimate's diamond, or on x_t's handle and its tag.
  const tags = placeTags(
    top.map((k) => ({ x: plot.x(points[2 * k]), y: plot.y(points[2 * k + 1]), r: radius(weights[k]) })),
    24 * size,
    12 * size,
    [
      { x0: ex - mark, y0: ey - mark, x1: ex + mark, y1: ey + mark },
      { x0: hx - mark, y0: hy - mark - 12 * size, x1: hx + mark + 26 * size, y1: hy + mark },
    ],
  );
  const discs = [];
  for (let k = 0; k < DATA_COUNT; k++) {
    const w = weights[k];
    discs.push(
      <circle
        key={k}
        cx={plot.x(points[2 * k])}
        cy={plot.y(points[2 * k + 1])}
        r={radius(w)}
        fill={ROLE.data}
        fillOpacity={0.25 + 0.6 * w}
        stroke={ROLE.ink}
        strokeWidth={0.75 * size}
        data-weight={w.toFixed(6)}
      />,
    );
  }
  return (
    <g data-testid="denoise-weights">
      {discs}
      {props.source >= 0 && props.source < DATA_COUNT && (
        <circle
          cx={plot.x(points[2 * props.source])}
          cy={plot.y(points[2 * props.source + 1])}
          r={size * 20}
          fill="none"
          stroke={ROLE.ink}
          strokeWidth={1.5 * size}
          strokeDasharray={DASHED}
          data-testid="denoise-source"
        />
      )}
      {top.map((k, i) => (
        <text
          key={k}
          x={tags[i].x}
          y={tags[i].y}
          textAnchor={tags[i].anchor}
          className="denoise__tag"
          fill={ROLE.ink}
        >
          {`#${k + 1}`}
        </text>
      ))}
    </g>
  );
});

/** The estimate as a diamond joined to x_t by a dashed line, and the data mean as a plus. */
function Estimate(props: {
  xt: readonly [number, number];
  estimate: readonly [number, number];
  mean: readonly [number, number];
}) {
  const plot = usePlot();
  const size = plot.projector ? 2 : 1;
  const [ex, ey] = [plot.x(props.estimate[0]), plot.y(props.estimate[1])];
  const [mx, my] = [plot.x(props.mean[0]), plot.y(props.mean[1])];
  const d = 7 * size;
  const m = 6 * size;
  return (
    <g>
      <path
        d={`M${plot.x(props.xt[0])},${plot.y(props.xt[1])}L${ex},${ey}`}
        stroke={ROLE.ink}
        strokeWidth={1.5 * size}
        strokeDasharray={DASHED}
        clipPath={plot.clip}
      />
      <path
        d={`M${mx - m},${my}H${mx + m}M${mx},${my - m}V${my + m}`}
        stroke={ROLE.ink}
        strokeWidth={2.5 * size}
        data-testid="denoise-mean"
      />
      <path
        d={`M${ex},${ey - d}L${ex + d},${ey}L${ex},${ey + d}L${ex - d},${ey}Z`}
        fill={ROLE.reject}
        stroke={ROLE.ink}
        strokeWidth={1.5 * size}
        data-testid="denoise-estimate"
        data-x={props.estimate[0].toFixed(4)}
        data-y={props.estimate[1].toFixed(4)}
      />
    </g>
  );
}
