import { memo, useMemo } from 'react';
import type { NoisedGaussianMixture } from '../../../core';
import { scaledDensityGrid, scoreGrid } from '../../../core';
import { formatNumber } from '../../common/lang';
import { DensityMap, DragHandle, ROLE, usePlot } from '../../common/plots';
import { ARROW_GRID, arrowPath, BOX, DENSITY_GRID } from './model';
import './scoreField.css';

const NO_PATH = { xs: new Float64Array(0), ys: new Float64Array(0), count: 0 };
/** DensityMap draws its contour lines at these fractions of the largest density (named in the legend). */
const CONTOUR_FRACTIONS = [0.05, 0.25, 0.5, 0.75];

export interface ScoreDensityPanelProps {
  density: NoisedGaussianMixture;
  /** The constant c of p̃ = c·p. */
  scale: number;
  centres: readonly (readonly [number, number])[];
  onMove: (k: number, x: number, y: number) => void;
  handleLabel: (k: number, x: string, y: string) => string;
  label: string;
  axes: [string, string];
  words: {
    colourScale: string;
    contours: (levels: string) => string;
    arrowLegend: string;
    unchanged: string;
  };
}

/** The editor: p̃ = c·p shaded with contours, the score's arrows over it, and the centres as handles. */
export function ScoreDensityPanel(props: ScoreDensityPanelProps) {
  const { density, scale, centres, onMove, handleLabel } = props;
  const grid = useMemo(() => {
    const { values, max } = scaledDensityGrid(density, BOX, DENSITY_GRID, scale);
    return { box: BOX, values, max, nx: DENSITY_GRID, ny: DENSITY_GRID };
  }, [density, scale]);
  // The arrows depend on the density alone: c is not an input, so they cannot move with it.
  const scores = useMemo(() => scoreGrid(density, BOX, ARROW_GRID), [density]);
  const marks = useMemo(
    () => (
      <>
        <Arrows scores={scores} />
        {centres.map(([x, y], k) => (
          <DragHandle
            // biome-ignore lint/suspicious/noArrayIndexKey: a centre is its index
            key={k}
            x={x}
            y={y}
            keyStep={0.05}
            tag={String(k + 1)}
            label={handleLabel(k + 1, formatNumber(x, 3), formatNumber(y, 3))}
            onMove={(nx, ny) => onMove(k, nx, ny)}
            testId={`score-centre-${k + 1}`}
          />
        ))}
      </>
    ),
    [scores, centres, onMove, handleLabel],
  );
  const levels = CONTOUR_FRACTIONS.map((f) => formatNumber(f * grid.max, 3)).join(', ');
  return (
    <div data-testid="score-density">
      <DensityMap
        density={grid}
        path={NO_PATH}
        label={props.label}
        axes={props.axes}
        testId="score-density-map"
        interactive
      >
        {marks}
      </DensityMap>
      <ColourScale max={grid.max} title={props.words.colourScale} />
      <p className="score-field__note" data-testid="score-contours">
        {props.words.contours(levels)}
      </p>
      <p className="score-field__note">{props.words.arrowLegend}</p>
      <p className="score-field__note">{props.words.unchanged}</p>
    </div>
  );
}

/**
 * The shading's key. DensityMap's opacity rises as √(p̃/max), so a point a fraction f along the bar is
 * p̃ = f²·max: the middle tick reads max/4.
 */
function ColourScale(props: { max: number; title: string }) {
  return (
    <div className="score-field__scale" data-testid="score-colour-scale">
      <span className="score-field__scale-title">{props.title}</span>
      <span className="score-field__bar" aria-hidden="true" />
      <span className="score-field__ticks">
        <span>0</span>
        <span data-testid="score-scale-mid">{formatNumber(props.max / 4, 3)}</span>
        <span data-testid="score-scale-max">{formatNumber(props.max, 3)}</span>
      </span>
    </div>
  );
}

/** All the arrows in one path (225 arrows, 3 strokes each), in the plot's pixels. */
const Arrows = memo(function Arrows(props: { scores: Float64Array }) {
  const plot = usePlot();
  const d = useMemo(() => {
    const cell = Math.abs(plot.x((BOX.xMax - BOX.xMin) / (ARROW_GRID - 1)) - plot.x(0));
    return arrowPath(props.scores, (x, y) => [plot.x(x), plot.y(y)], cell);
  }, [props.scores, plot]);
  return (
    <path
      d={d}
      fill="none"
      stroke={ROLE.ink}
      strokeWidth={plot.projector ? 2 : 1.2}
      strokeLinecap="round"
      data-testid="score-arrows"
    />
  );
});
