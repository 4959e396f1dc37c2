import type { IsingSpec } from '../../../core';
import { COUPLING_SCALE, FIELD_SCALE, type PartitionLayout } from '../../../workers/partitionCount';
import { useFigure } from '../../common/frame/FigureContext';
import { Legend, ROLE } from '../../common/plots';
import { latticeGeometry } from './model';

export interface LatticeDrawingProps {
  layout: PartitionLayout;
  model: IsingSpec;
  label: string;
  legend: { positive: string; negative: string; field: string };
}

/** Line width for a coupling: from a hairline for J ≈ 0 to 6 units for the largest |J|. */
const widthOf = (J: number) => 0.75 + (5.25 * Math.abs(J)) / COUPLING_SCALE;

/** An arrow from the disc's centre, up for h > 0 and down for h < 0, as long as the field is strong. */
function fieldArrow(x: number, y: number, h: number, radius: number): string {
  const length = (0.85 * radius * Math.abs(h)) / FIELD_SCALE;
  if (length < 1.5) return '';
  const direction = h > 0 ? -1 : 1;
  const tip = y + direction * length;
  const head = Math.min(4, length / 2);
  return `M${x},${y - direction * length * 0.6}L${x},${tip}M${x - head},${tip - direction * head}L${x},${tip}L${x + head},${tip - direction * head}`;
}

/**
 * The spins and their couplings, as the job sums them: solid lines for J > 0, dashed for J < 0, thickness for |J|;
 * an arrow in each spin for its field. The frame of the drawing depends on the layout only, so spins are added in
 * place as n grows. Without colour: sign by dash, strength by width, field by the arrow's direction and length.
 */
export function LatticeDrawing(props: LatticeDrawingProps) {
  const { projector } = useFigure();
  const { model } = props;
  const geometry = latticeGeometry(props.layout, model.n);
  const { sites, radius } = geometry;
  return (
    <>
      <svg
        className="state-counter__lattice"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        width="100%"
        style={{ maxWidth: projector ? 1100 : props.layout === 'chain' ? 620 : 360 }}
        role="img"
        aria-label={props.label}
        data-testid="count-lattice"
        data-layout={props.layout}
        data-spins={model.n}
      >
        <g>
          {model.edges.map(([i, j], e) => (
            <line
              // biome-ignore lint/suspicious/noArrayIndexKey: edges are fixed for a given layout and n
              key={e}
              x1={sites[i].x}
              y1={sites[i].y}
              x2={sites[j].x}
              y2={sites[j].y}
              stroke={ROLE.ink}
              strokeWidth={widthOf(model.couplings[e])}
              strokeDasharray={model.couplings[e] < 0 ? '5 3.5' : undefined}
              strokeLinecap="butt"
            />
          ))}
        </g>
        <g>
          {sites.map((site, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: spin i is always drawn at the same place
            <g key={i}>
              <circle
                cx={site.x}
                cy={site.y}
                r={radius}
                fill="var(--bg)"
                stroke={ROLE.data}
                strokeWidth={1.5}
              />
              <path
                d={fieldArrow(site.x, site.y, model.fields[i], radius)}
                fill="none"
                stroke={ROLE.data}
                strokeWidth={1.6}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </g>
          ))}
        </g>
      </svg>
      <Legend
        className="state-counter__legend"
        items={[
          { label: props.legend.positive, glyph: 'line', colour: ROLE.ink },
          { label: props.legend.negative, glyph: 'dashed', colour: ROLE.ink },
          { label: props.legend.field, glyph: 'stick', colour: ROLE.data },
        ]}
      />
    </>
  );
}
