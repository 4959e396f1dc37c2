import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { type LandscapeExpert, normalOf } from '../../../core';
import { useStrings } from '../../common/lang';
import { ROLE, usePlot } from '../../common/plots';
import { EDITOR_STRINGS } from './strings';
import type { ExpertEditing } from './useExperts';
import './landscape.css';

const STEP = 0.1;
const BIG_STEP = 0.5;

/** A marker shape per kind (never colour alone): circle, downward triangle, square, diamond. */
function glyph(kind: LandscapeExpert['kind'], r: number): string {
  switch (kind) {
    case 'bowl':
      return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
    case 'dip':
      return `M${-r},${-r * 0.8}L${r},${-r * 0.8}L0,${r}Z`;
    case 'wall':
      return `M${-r * 0.85},${-r * 0.85}h${1.7 * r}v${1.7 * r}h${-1.7 * r}Z`;
    default:
      return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
  }
}

/**
 * The experts as draggable, focusable handles inside a `<Plot>`: pointer drag (captured, so a fast drag does not
 * lose the handle), arrow keys (0.1, with Shift 0.5). Walls and half-planes also show their line (and, for a
 * half-plane, ticks on the side it pushes back).
 */
export function ExpertHandles(props: { editing: ExpertEditing; idPrefix: string }) {
  const t = useStrings(EDITOR_STRINGS);
  const plot = usePlot();
  const { experts, selected, select, move } = props.editing;
  const dragging = useRef<number | null>(null);
  const scale = plot.projector ? 2 : 1;
  const r = 8 * scale;

  const toData = (event: PointerEvent<SVGGElement>): [number, number] => {
    const svg = (event.currentTarget as SVGGElement).ownerSVGElement;
    const rect = svg?.getBoundingClientRect();
    const left = (rect?.left ?? 0) + plot.box.margin.left;
    const top = (rect?.top ?? 0) + plot.box.margin.top;
    return [plot.x.invert(event.clientX - left), plot.y.invert(event.clientY - top)];
  };
  const onKey = (i: number, e: LandscapeExpert) => (event: KeyboardEvent<SVGGElement>) => {
    const d = event.shiftKey ? BIG_STEP : STEP;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-d, 0],
      ArrowRight: [d, 0],
      ArrowUp: [0, d],
      ArrowDown: [0, -d],
    };
    const step = delta[event.key];
    if (!step) return;
    event.preventDefault();
    event.stopPropagation(); // the frame's → would step the animation
    select(i);
    move(i, e.c[0] + step[0], e.c[1] + step[1]);
  };

  const L = 12; // long enough to cross the box at any angle
  return (
    <g clipPath={plot.clip}>
      {experts.map((e, i) => {
        const px = plot.x(e.c[0]);
        const py = plot.y(e.c[1]);
        const line = e.kind === 'wall' || e.kind === 'half-plane';
        const [wx, wy] = normalOf(e);
        const along = (s: number) => `${plot.x(e.c[0] - wy * s)},${plot.y(e.c[1] + wx * s)}`;
        const ticks =
          e.kind === 'half-plane'
            ? [-2, -1, 0, 1, 2].map((s) => {
                const bx = e.c[0] - wy * s;
                const by = e.c[1] + wx * s;
                return `M${plot.x(bx)},${plot.y(by)}L${plot.x(bx + 0.25 * wx)},${plot.y(by + 0.25 * wy)}`;
              })
            : [];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: experts are identified by their number
          <g key={i}>
            {line && (
              <g className="landscape-line" stroke={ROLE.ink} strokeWidth={1.5 * scale}>
                <path
                  d={`M${along(-L)}L${along(L)}`}
                  strokeDasharray={e.kind === 'wall' ? '6 4' : undefined}
                />
                {ticks.length > 0 && <path d={ticks.join('')} />}
              </g>
            )}
            {/* biome-ignore lint/a11y/useSemanticElements: an SVG handle cannot be an HTML button */}
            <g
              role="button"
              tabIndex={0}
              aria-label={t.handle(i + 1, t.kinds[e.kind], e.c[0], e.c[1])}
              aria-pressed={i === selected}
              data-testid={`${props.idPrefix}-handle-${i + 1}`}
              className="landscape-handle"
              transform={`translate(${px},${py})`}
              onKeyDown={onKey(i, e)}
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture?.(event.pointerId);
                dragging.current = i;
                select(i);
              }}
              onPointerMove={(event) => {
                if (dragging.current !== i) return;
                const [x, y] = toData(event);
                move(i, x, y);
              }}
              onPointerUp={() => {
                dragging.current = null;
              }}
              onPointerCancel={() => {
                dragging.current = null;
              }}
            >
              <path
                d={glyph(e.kind, r)}
                fill={i === selected ? ROLE.exact : 'var(--bg, #fff)'}
                stroke={ROLE.ink}
                strokeWidth={(i === selected ? 2.5 : 1.5) * scale}
              />
              <text y={-r - 3 * scale} textAnchor="middle" className="landscape-handle__label">
                {i + 1}
              </text>
            </g>
          </g>
        );
      })}
    </g>
  );
}
