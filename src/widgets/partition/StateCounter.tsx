import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  PARTITION_SPINS,
  type PartitionCountProgress,
  partitionCount,
  partitionModel,
} from '../../workers/partitionCount';
import { useWorkerJob } from '../common/animation/useWorkerJob';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, formatCount, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { CountButtons } from './stateCounter/CountButtons';
import { addCountRecord, bestRecord, useCountRecords } from './stateCounter/countHistory';
import { Extrapolation } from './stateCounter/Extrapolation';
import { LatticeDrawing } from './stateCounter/LatticeDrawing';
import { formatElapsed, superscript } from './stateCounter/model';
import { statusText } from './stateCounter/status';
import { STATE_COUNTER_STRINGS } from './stateCounter/strings';
import { TimePlot } from './stateCounter/TimePlot';
import './stateCounter/stateCounter.css';

/** Parameter table; the range of n is the counting job's (src/workers/partitionCount.ts), which also checks it. */
export const STATE_COUNTER_PARAMS = {
  n: {
    kind: 'number',
    min: PARTITION_SPINS.min,
    max: PARTITION_SPINS.max,
    default: 16,
    integer: true,
    step: 1,
  },
  layout: { kind: 'enum', values: ['chain', 'grid'], default: 'grid' },
} as const;

/**
 * Chapter 3's brute-force Z: an Ising chain or grid of n spins with seeded couplings and fields, all 2ⁿ states
 * summed in Gray-code order in a Web Worker (useWorkerJob), with a progress bar and Cancel. Every finished count
 * adds a point (n, seconds) to a log-scale plot kept while the page is open, and the best-timed rate is
 * extrapolated to 40, 100 and 784 spins.
 */
export function StateCounter() {
  const t = useStrings(STATE_COUNTER_STRINGS);
  const state = useWidgetState(STATE_COUNTER_PARAMS);
  const { n, layout, seed } = state.values;
  const job = useWorkerJob({
    definition: partitionCount,
    createWorker: () =>
      new Worker(new URL('../../workers/partitionCount.worker.ts', import.meta.url), { type: 'module' }),
    // Any change of settings ends the run: what is shown must always belong to the settings on screen.
    resetOn: [n, layout, seed],
  });

  const model = useMemo(() => partitionModel({ layout, n, seed }), [layout, n, seed]);
  // For the one render between a change of settings and the reset it causes, the old count is not shown.
  const belongs = (p: PartitionCountProgress | null) =>
    p !== null && p.n === n && p.layout === layout && p.seed === seed;
  const progress = belongs(job.progress) ? job.progress : null;

  // Each finished count goes into the page's record once (the effect may run again for the same snapshot).
  const recorded = useRef<PartitionCountProgress | null>(null);
  useEffect(() => {
    const finished = job.progress;
    if (job.status !== 'done' || finished === null || recorded.current === finished) return;
    recorded.current = finished;
    addCountRecord({
      n: finished.n,
      layout: finished.layout,
      seconds: finished.elapsedMs / 1000,
      statesPerSecond: finished.statesPerSecond,
    });
  }, [job.status, job.progress]);
  const records = useCountRecords();
  const best = bestRecord(records);

  const { start } = job;
  const count = useCallback(() => start({ layout, n, seed }), [start, layout, n, seed]);

  const total = 2 ** n;
  const done = progress?.done ?? 0;
  const finished = job.status === 'done' && progress !== null;
  const units = { ms: t.ms, s: t.s };
  const elapsed = progress ? formatElapsed(progress.elapsedMs, units) : '—';
  const status = statusText(t, job, done, total, elapsed);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={job.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.layout}
            options={[
              { value: 'chain', label: t.chain },
              { value: 'grid', label: t.grid },
            ]}
            {...choiceBindings(state, 'layout')}
          />
          <Slider label={t.n} {...sliderBindings(state, 'n')} />
          <p className="state-counter__limit">{t.limit}</p>
        </>
      }
    >
      <TwoColumns
        left={
          <div className="state-counter">
            <LatticeDrawing
              layout={layout}
              model={model}
              label={t.latticeLabel(layout, n, model.edges.length)}
              legend={t.legend}
            />
            <CountButtons status={job.status} labels={t} onCount={count} onCancel={job.cancel} />
            <progress max={total} value={done} aria-label={t.progress} data-testid="count-progress" />
            <p className="state-counter__status" role="status" data-testid="count-status">
              {status}
            </p>
            <Readout
              items={[
                {
                  label: t.logZ,
                  value: (
                    <span data-testid="count-logz">{finished ? formatNumber(progress.logZ, 12) : '—'}</span>
                  ),
                },
                {
                  label: t.terms,
                  value: (
                    <span data-testid="count-terms">{`2${superscript(n)} = ${formatCount(total)}`}</span>
                  ),
                },
                { label: t.time, value: <span data-testid="count-time">{finished ? elapsed : '—'}</span> },
              ]}
            />
          </div>
        }
        right={
          <div className="state-counter">
            <TimePlot
              records={records}
              statesPerSecond={best?.statesPerSecond ?? null}
              maxSpins={PARTITION_SPINS.max}
              label={t.plotLabel(records.length)}
              axes={[t.xAxis, t.yAxis]}
              legend={{ chain: t.chainPoints, grid: t.gridPoints, guide: t.guide }}
            />
            <Extrapolation record={best} words={t.extrapolation} duration={t.duration} />
          </div>
        }
      />
    </Figure>
  );
}
