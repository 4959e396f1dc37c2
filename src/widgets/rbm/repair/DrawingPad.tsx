import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import { type Brush, CELL } from './model';

export interface DrawingPadProps {
  /** 64 characters '1' (ink), '0' (blank), '?' (unknown), row by row. */
  cells: string;
  brush: Brush;
  onPaint: (index: number) => void;
  label: string;
  cellLabel: (row: number, column: number, state: string) => string;
  stateNames: Record<Brush, string>;
}

const SIDE = 8;
const BRUSH_OF: Record<string, Brush> = {
  [CELL.ink]: 'ink',
  [CELL.blank]: 'blank',
  [CELL.unknown]: 'unknown',
};
const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -SIDE, ArrowDown: SIDE };

/**
 * An 8 × 8 pad of buttons. Pointer: press and drag to paint with the brush. Keyboard: the pad is one tab stop;
 * arrow keys move between cells and Space or Enter paints the focused one. Unknown cells are hatched and marked
 * with "?", so the three states differ by pattern, not only by shade.
 */
export function DrawingPad(props: DrawingPadProps) {
  const { cells, onPaint } = props;
  const [focused, setFocused] = useState(0);
  const painting = useRef(false);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const paintAt = (event: PointerEvent) => {
    const target = document.elementFromPoint(event.clientX, event.clientY);
    const index = target instanceof HTMLElement ? Number(target.dataset.index) : Number.NaN;
    if (Number.isInteger(index) && cells[index] !== CELL[props.brush]) onPaint(index);
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const move = MOVES[event.key];
    if (move === undefined) return;
    const next = index + move;
    const sameRow = Math.abs(move) === 1 ? Math.floor(next / SIDE) === Math.floor(index / SIDE) : true;
    if (next < 0 || next >= SIDE * SIDE || !sameRow) return;
    event.preventDefault();
    setFocused(next);
    buttons.current[next]?.focus();
  };

  return (
    <fieldset
      className="repair-pad"
      data-testid="repair-pad"
      onPointerDown={(event) => {
        painting.current = true;
        paintAt(event);
      }}
      onPointerMove={(event) => {
        if (painting.current && event.buttons & 1) paintAt(event);
      }}
      onPointerUp={() => {
        painting.current = false;
      }}
      onPointerLeave={() => {
        painting.current = false;
      }}
    >
      <legend className="visually-hidden">{props.label}</legend>
      {Array.from(cells, (cell, index) => {
        const state = BRUSH_OF[cell];
        return (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: the 64 cells are fixed positions
            key={index}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`repair-pad__cell repair-pad__cell--${state}`}
            data-index={index}
            tabIndex={index === focused ? 0 : -1}
            aria-label={props.cellLabel(
              Math.floor(index / SIDE) + 1,
              (index % SIDE) + 1,
              props.stateNames[state],
            )}
            onFocus={() => setFocused(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            onClick={(event) => {
              // a pointer press already painted; this is Space or Enter on the focused cell
              if (event.detail === 0) onPaint(index);
            }}
          >
            {state === 'unknown' ? '?' : ''}
          </button>
        );
      })}
    </fieldset>
  );
}
