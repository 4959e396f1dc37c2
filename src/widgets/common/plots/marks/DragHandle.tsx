import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { ROLE } from '../colours';
import { usePlot } from '../Plot';
import './dragHandle.css';

export interface DragHandleProps {
  /** Where the handle is, in data units. */
  x: number;
  y: number;
  /** Called with the new position (data units, kept inside the plot's domains). */
  onMove: (x: number, y: number) => void;
  /** What an arrow key moves it by, in data units (Shift: five times as far). */
  keyStep: number;
  /** Its name and position in words, e.g. "Centre 1 at (−1.2, 0)": the handle is a button to screen readers. */
  label: string;
  /** A short text drawn beside the handle (a number), so handles are told apart without colour. */
  tag?: string;
  colour?: string;
  testId?: string;
}

const KEY_DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * A point of a plot the reader drags with a pointer or moves with the arrow keys (a mixture's centre, a noised
 * point): a ringed square, focusable, with `role="button"` and an aria-label stating where it is. Arrow keys are
 * kept from the frame (where → would step an animation).
 */
export function DragHandle(props: DragHandleProps) {
  const plot = usePlot();
  const dragging = useRef(false);
  const [x0, x1] = plot.x.domain();
  const [y0, y1] = plot.y.domain();
  const clampX = (v: number) => Math.min(Math.max(x0, x1), Math.max(Math.min(x0, x1), v));
  const clampY = (v: number) => Math.min(Math.max(y0, y1), Math.max(Math.min(y0, y1), v));
  const px = plot.x(props.x);
  const py = plot.y(props.y);
  if (!Number.isFinite(px) || !Number.isFinite(py)) return null;
  const size = plot.projector ? 2 : 1;

  const moveTo = (event: PointerEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return;
    const rect = svg.getBoundingClientRect();
    const ix = event.clientX - rect.left - plot.box.margin.left;
    const iy = event.clientY - rect.top - plot.box.margin.top;
    props.onMove(clampX(plot.x.invert(ix)), clampY(plot.y.invert(iy)));
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    event.stopPropagation();
    const step = props.keyStep * (event.shiftKey ? 5 : 1);
    // Rounded to the step, so keyboard moves land on tidy numbers the URL and the label can show exactly.
    const snap = (v: number) => Number((Math.round(v / props.keyStep) * props.keyStep).toFixed(10));
    props.onMove(clampX(snap(props.x + direction[0] * step)), clampY(snap(props.y + direction[1] * step)));
  };

  const colour = props.colour ?? ROLE.exact;
  const half = 7 * size;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; role, tabIndex and keys make it one
    <g
      role="button"
      tabIndex={0}
      aria-label={props.label}
      className="drag-handle"
      data-testid={props.testId}
      data-x={props.x}
      data-y={props.y}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (dragging.current) moveTo(event);
      }}
      onPointerUp={(event) => {
        dragging.current = false;
        event.currentTarget.releasePointerCapture?.(event.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      {/* A larger transparent target, so a finger can grab it. */}
      <circle cx={px} cy={py} r={half * 2.2} fill="transparent" />
      <rect
        className="drag-handle__mark"
        x={px - half}
        y={py - half}
        width={2 * half}
        height={2 * half}
        fill={colour}
        fillOpacity={0.85}
        stroke={ROLE.ink}
        strokeWidth={1.5 * size}
      />
      {props.tag && (
        <text x={px + half + 3 * size} y={py - half} className="drag-handle__tag" fill={ROLE.ink}>
          {props.tag}
        </text>
      )}
    </g>
  );
}
