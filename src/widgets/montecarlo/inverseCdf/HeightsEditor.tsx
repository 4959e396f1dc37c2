import { useId } from 'react';
import { MAX_HEIGHT, PIECE_BREAKPOINTS } from './heights';

export interface HeightsEditorProps {
  legend: string;
  heights: readonly number[];
  onChange: (heights: number[]) => void;
  /** Accessible name of slider `piece` (1 … 8), e.g. "piece 1, x from −4 to −3: height"; it starts with the number shown. */
  pieceLabel: (piece: number, from: number, to: number) => string;
  /** Shown at the control (and announced) while the heights are not a density. */
  error?: string;
}

/**
 * The reader's density as a row of vertical sliders, one per piece, laid out like the bars they set. They are native
 * range inputs turned upright, so arrow keys, Page Up/Down, Home and End work as on any slider, and dragging with a
 * mouse or a finger does too.
 */
export function HeightsEditor(props: HeightsEditorProps) {
  const baseId = useId();
  const errorId = useId();
  return (
    <fieldset className="control" style={{ border: 0, padding: 0, margin: 0, display: 'block' }}>
      <legend>{props.legend}</legend>
      <div style={{ display: 'flex', gap: '0.35rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        {props.heights.map((h, j) => {
          const id = `${baseId}-${j}`;
          const from = PIECE_BREAKPOINTS[j];
          const to = PIECE_BREAKPOINTS[j + 1];
          return (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: one slider per fixed piece
              key={j}
              style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}
            >
              <output htmlFor={id} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {h}
              </output>
              <input
                id={id}
                type="range"
                min={0}
                max={MAX_HEIGHT}
                step={1}
                value={h}
                aria-label={props.pieceLabel(j + 1, from, to)}
                aria-invalid={props.error ? true : undefined}
                aria-describedby={props.error ? errorId : undefined}
                data-testid={`inverse-cdf-height-${j}`}
                style={{ writingMode: 'vertical-lr', direction: 'rtl', height: '5.5rem', width: '1.6rem' }}
                onChange={(event) => {
                  const next = Number(event.target.value);
                  if (!Number.isFinite(next)) return;
                  const heights = [...props.heights];
                  heights[j] = Math.min(MAX_HEIGHT, Math.max(0, Math.round(next)));
                  props.onChange(heights);
                }}
              />
              <label htmlFor={id}>{j + 1}</label>
            </div>
          );
        })}
      </div>
      {props.error && (
        <p id={errorId} className="field-error" role="alert" style={{ margin: '0.25rem 0 0' }}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
