import type { KeyboardEvent } from 'react';
import { useFigure } from '../../common/frame/FigureContext';
import { formatNumber } from '../../common/lang';
import { ROLE } from '../../common/plots';
import { subscript } from './model';

export type Layer = 'visible' | 'hidden';

export interface AnatomyGraphProps {
  /** W, V × H row-major, as the core stores it. */
  weights: Float64Array;
  visibleState: readonly boolean[];
  hiddenState: readonly boolean[];
  /** P(v_i = 1 | h) and P(h_j = 1 | v), from the core. */
  visibleProbability: ArrayLike<number>;
  hiddenProbability: ArrayLike<number>;
  onToggle: (layer: Layer, index: number) => void;
  words: {
    title: string;
    names: Record<Layer, string>;
    rows: Record<Layer, string>;
    unitButton: (layer: string, symbol: string, on: boolean, p: string, given: string) => string;
    edgeTitle: (i: string, j: string, w: string) => string;
  };
}

const WIDTH = 440;
const HEIGHT = 300;
const NODE = { width: 62, height: 40 };
const BAR = { width: 62, height: 8 };
/** Centre heights of the two rows: hidden above (its bar over it), visible below (its bar under it). */
const ROW_Y: Record<Layer, number> = { hidden: 76, visible: 220 };
const slot = (count: number, index: number) => ((index + 0.5) / count) * WIDTH;
const edgeWidth = (w: number) => Math.min(0.75 + 1.5 * Math.abs(w), 7);

/**
 * The machine as a bipartite graph. Each unit is a button that switches it between 0 and 1; an "on" unit is filled
 * with a thick solid outline and says "= 1", an "off" unit is hollow with a dashed outline and says "= 0", so the
 * state reads without colour. Edges: width |W_ij|, solid if positive, dashed if negative (colour repeats the sign).
 */
export function AnatomyGraph(props: AnatomyGraphProps) {
  const { projector } = useFigure();
  // A narrow drawing (440 units) scaled up on wide screens, so that on a phone its labels stay readable.
  const V = props.visibleState.length;
  const H = props.hiddenState.length;
  const onKey = (layer: Layer, index: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation(); // Space here switches the unit; it must not also reach the frame's keys
    props.onToggle(layer, index);
  };

  const unit = (layer: Layer, index: number) => {
    const count = layer === 'visible' ? V : H;
    const on = (layer === 'visible' ? props.visibleState : props.hiddenState)[index];
    const p = (layer === 'visible' ? props.visibleProbability : props.hiddenProbability)[index];
    const symbol = `${layer === 'visible' ? 'v' : 'h'}${subscript(index)}`;
    const cx = slot(count, index);
    const cy = ROW_Y[layer];
    const barY = layer === 'hidden' ? cy - NODE.height / 2 - 14 : cy + NODE.height / 2 + 6;
    const numberY = layer === 'hidden' ? barY - 5 : barY + BAR.height + 16;
    const shown = formatNumber(p, 3);
    const testId = `rbm-anatomy-${layer === 'visible' ? 'v' : 'h'}${index + 1}`;
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG node cannot be a <button>; role, tabIndex and keys make it one
      <g
        key={testId}
        role="button"
        tabIndex={0}
        aria-pressed={on}
        className="rbm-anatomy__unit"
        aria-label={props.words.unitButton(
          props.words.names[layer],
          symbol,
          on,
          shown,
          layer === 'visible' ? 'h' : 'v',
        )}
        data-param={layer === 'visible' && index === 0 ? 'v1' : undefined}
        data-value={on ? '1' : '0'}
        data-testid={testId}
        onClick={() => props.onToggle(layer, index)}
        onKeyDown={onKey(layer, index)}
      >
        <rect
          x={cx - NODE.width / 2}
          y={cy - NODE.height / 2}
          width={NODE.width}
          height={NODE.height}
          rx={layer === 'hidden' ? 4 : 14}
          fill={on ? ROLE.data : 'var(--bg)'}
          fillOpacity={on ? 0.3 : 1}
          stroke={ROLE.ink}
          strokeWidth={on ? 3.5 : 1.5}
          strokeDasharray={on ? undefined : '5 4'}
        />
        <text x={cx} y={cy + 6} textAnchor="middle" className="rbm-anatomy__symbol">
          {`${symbol} = ${on ? 1 : 0}`}
        </text>
        <rect
          x={cx - BAR.width / 2}
          y={barY}
          width={BAR.width}
          height={BAR.height}
          fill="none"
          stroke={ROLE.ink}
        />
        <rect
          x={cx - BAR.width / 2}
          y={barY}
          width={BAR.width * p}
          height={BAR.height}
          fill={ROLE.accept}
          data-testid={`${testId}-bar`}
        />
        <text
          x={cx}
          y={numberY}
          textAnchor="middle"
          className="rbm-anatomy__number"
          data-testid={`${testId}-p`}
        >
          {shown}
        </text>
      </g>
    );
  };

  const edges = [];
  for (let i = 0; i < V; i++) {
    for (let j = 0; j < H; j++) {
      const w = props.weights[i * H + j];
      edges.push(
        <line
          key={`${i}-${j}`}
          x1={slot(V, i)}
          y1={ROW_Y.visible - NODE.height / 2}
          x2={slot(H, j)}
          y2={ROW_Y.hidden + NODE.height / 2}
          stroke={w >= 0 ? ROLE.data : ROLE.exact}
          strokeWidth={edgeWidth(w)}
          strokeDasharray={w >= 0 ? undefined : '6 4'}
          // An edge from a visible unit that is on adds its weight to the hidden units' inputs: drawn strong.
          strokeOpacity={props.visibleState[i] ? 0.9 : 0.25}
        >
          <title>{props.words.edgeTitle(subscript(i), subscript(j), formatNumber(w, 3))}</title>
        </line>,
      );
    }
  }

  return (
    <svg
      className="rbm-anatomy__graph"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: projector ? 1000 : 520 }}
      data-testid="rbm-anatomy-graph"
    >
      <title>{props.words.title}</title>
      <text x={4} y={14} className="rbm-anatomy__row">
        {props.words.rows.hidden}
      </text>
      <text x={4} y={HEIGHT - 4} className="rbm-anatomy__row">
        {props.words.rows.visible}
      </text>
      <g data-testid="rbm-anatomy-edges">{edges}</g>
      {Array.from({ length: H }, (_, j) => unit('hidden', j))}
      {Array.from({ length: V }, (_, i) => unit('visible', i))}
    </svg>
  );
}
