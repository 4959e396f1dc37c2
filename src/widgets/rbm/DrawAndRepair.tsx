import { useEffect, useMemo, useState } from 'react';
import { createRng, runClampedChain } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Slider } from '../common/inputs/controls';
import { useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useRepairNotices } from '../common/state/useRepairNotices';
import { useWidgetState } from '../common/state/useWidgetState';
import { DrawingPad } from './repair/DrawingPad';
import { loadRepairData, type RepairData } from './repair/data';
import {
  BRUSHES,
  type Brush,
  CELL,
  chainInputs,
  freePixelError,
  isValidCells,
  MASKS,
  maskedCells,
  paint,
} from './repair/model';
import { RepairResults } from './repair/RepairResults';
import { REPAIR_STRINGS } from './repair/strings';
import './repair/repair.css';

/** `cells` is empty while the pad is the chosen digit with its part hidden; painting writes all 64 cells. */
export const REPAIR_PARAMS = {
  digit: { kind: 'number', min: 1, max: 179, default: 5, integer: true },
  mask: { kind: 'enum', values: MASKS, default: 'lower' },
  steps: { kind: 'number', min: 10, max: 500, default: 200, integer: true, step: 10 },
  cells: { kind: 'string', maxLength: 64, default: '' },
} as const;

/** Ten steps a frame: a 200-step chain plays in about a third of a second per 20 frames, slow enough to watch. */
const advance = (current: number) => current + 2;

/**
 * Chapter 5's "Draw and repair": an 8 × 8 pad whose ? cells a trained RBM fills in by clamped block Gibbs sampling
 * (core `runClampedChain`), replayed step by step with the completion, the chain and the hidden units.
 */
export function DrawAndRepair() {
  const t = useStrings(REPAIR_STRINGS);
  const state = useWidgetState(REPAIR_PARAMS);
  const { digit, mask, steps, cells, seed } = state.values;
  const notices = useRepairNotices(state, () => [
    cells === '' || isValidCells(cells)
      ? undefined
      : { param: 'cells', raw: cells, used: t.badCells, reason: 'not-an-option' as const },
  ]);
  const [data, setData] = useState<RepairData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [brush, setBrush] = useState<Brush>('ink');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the Try-again button's trigger
  useEffect(() => {
    let live = true;
    loadRepairData().then(
      (loaded) => live && setData(loaded),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const truth = data ? data.heldOut.subarray((digit - 1) * 64, digit * 64) : null;
  const edited = cells !== '' && isValidCells(cells);
  const pad = edited ? cells : truth ? maskedCells(truth, mask) : null;
  const inputs = useMemo(() => (pad ? chainInputs(pad) : null), [pad]);
  const chain = useMemo(
    () =>
      data && inputs
        ? runClampedChain(data.rbm, {
            initial: inputs.initial,
            free: inputs.free,
            steps,
            rng: createRng(seed),
          })
        : null,
    [data, inputs, steps, seed],
  );
  const reveal = useReveal(steps, advance);
  const step = Math.min(reveal.shown, steps);
  const errors =
    chain && truth && inputs && !edited && inputs.freeCount > 0
      ? {
          completion: freePixelError(
            chain.completion.subarray(step * 64, (step + 1) * 64),
            truth,
            inputs.free,
          ),
          average: data ? freePixelError(data.average, truth, inputs.free) : Number.NaN,
        }
      : null;
  // choosing another digit or mask starts from that digit again, dropping the reader's painting
  const restart = () => {
    state.set('cells', '');
    reveal.showAll();
  };

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state, reveal.showAll)}
      {...notices}
      controls={
        <>
          <Slider label={t.digit} {...sliderBindings(state, 'digit', restart)} />
          <Choice
            label={t.mask}
            options={MASKS.map((value) => ({ value, label: t.masks[value] }))}
            {...choiceBindings(state, 'mask', restart)}
          />
          <Slider label={t.steps} {...sliderBindings(state, 'steps', reveal.showAll)} />
          <Choice
            label={t.brush}
            options={BRUSHES.map((value) => ({ value, label: t.brushes[value] }))}
            value={brush}
            onChange={setBrush}
          />
        </>
      }
    >
      {failure && !data ? (
        <p className="warning" role="alert">
          {t.failed(failure)}{' '}
          <button
            type="button"
            onClick={() => {
              setFailure(null);
              setAttempt((a) => a + 1);
            }}
          >
            {t.retry}
          </button>
        </p>
      ) : !pad || !chain || !inputs || !data ? (
        <p role="status">{t.loading}</p>
      ) : (
        <TwoColumns
          minWidth={560}
          left={
            <div className="repair-input">
              <DrawingPad
                cells={pad}
                brush={brush}
                onPaint={(index) => {
                  state.set('cells', paint(pad, index, brush));
                  reveal.showAll();
                }}
                label={t.padLabel}
                cellLabel={t.cellLabel}
                stateNames={t.brushes}
              />
              <button
                type="button"
                onClick={() => {
                  state.set('cells', CELL.unknown.repeat(64));
                  reveal.showAll();
                }}
              >
                {t.clear}
              </button>
              {inputs.freeCount === 0 && (
                <p className="note" role="status" data-testid="repair-nothing-free">
                  {t.nothingFree}
                </p>
              )}
            </div>
          }
          right={
            <RepairResults
              chain={chain}
              step={step}
              hidden={data.rbm.hidden}
              freeCount={inputs.freeCount}
              errors={errors}
              t={t}
            />
          }
        />
      )}
    </Figure>
  );
}
