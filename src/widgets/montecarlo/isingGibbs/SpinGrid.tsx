import { useFigure } from '../../common/frame/FigureContext';
import { Legend, ROLE } from '../../common/plots';
import { ISING_SIDE, ISING_SITES } from './model';

const CELL = 40;

/** An arrow up or down in a cell: the spin's sign by direction, so the grid never relies on shade or colour alone. */
function arrowPath(cx: number, cy: number, up: boolean): string {
  const d = up ? -1 : 1;
  const half = CELL * 0.3;
  const head = CELL * 0.14;
  return `M${cx},${cy - d * half}L${cx},${cy + d * half}M${cx - head},${cy + d * (half - head)}L${cx},${cy + d * half}L${cx + head},${cy + d * (half - head)}`;
}

/** The 16 spins of one configuration: up = shaded cell with an up arrow, down = plain cell with a down arrow. */
export function SpinGrid(props: {
  /** 16 spin variables x ∈ {0, 1} (s = 2x − 1), row by row. */
  spins: ArrayLike<number>;
  label: string;
  legend: { up: string; down: string };
}) {
  const { projector } = useFigure();
  const size = ISING_SIDE * CELL;
  let ups = 0;
  for (let i = 0; i < ISING_SITES; i++) ups += props.spins[i];
  const cells = [];
  for (let i = 0; i < ISING_SITES; i++) {
    const x = (i % ISING_SIDE) * CELL;
    const y = Math.floor(i / ISING_SIDE) * CELL;
    const up = props.spins[i] === 1;
    cells.push(
      <g key={i} data-spin={up ? 1 : -1}>
        <rect
          x={x + 1}
          y={y + 1}
          width={CELL - 2}
          height={CELL - 2}
          fill={up ? ROLE.data : 'var(--bg)'}
          fillOpacity={up ? 0.35 : 1}
          stroke={ROLE.muted}
          strokeWidth={1}
        />
        <path
          d={arrowPath(x + CELL / 2, y + CELL / 2, up)}
          fill="none"
          stroke={ROLE.ink}
          strokeWidth={2.2}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </g>,
    );
  }
  return (
    <div>
      <svg
        viewBox={`-1 -1 ${size + 2} ${size + 2}`}
        width="100%"
        style={{ maxWidth: projector ? 520 : 240, display: 'block', margin: '0 auto' }}
        role="img"
        aria-label={props.label}
        data-testid="ising-spins"
        data-up={ups}
      >
        {cells}
      </svg>
      <Legend
        items={[
          { label: props.legend.up, glyph: 'square', colour: ROLE.data },
          { label: props.legend.down, glyph: 'open-square', colour: ROLE.muted },
        ]}
      />
    </div>
  );
}
