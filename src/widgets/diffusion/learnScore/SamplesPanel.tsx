import { useState } from 'react';
import { reverseDiffusion } from '../../../workers/reverseDiffusion';
import { useWorkerJob } from '../../common/animation/useWorkerJob';
import { TwoColumns } from '../../common/frame/TwoColumns';
import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import { CloudCanvas } from '../common/CloudCanvas';
import { type MixtureData, PARTICLES, SIGMA0 } from '../common/mixtureData';
import { GENERATE_STEPS, SCHEDULE } from './model';
import type { LEARN_SCORE_STRINGS } from './strings';

type Words = (typeof LEARN_SCORE_STRINGS)['en'];

const createWorker = () =>
  new Worker(new URL('../../../workers/reverseDiffusion.worker.ts', import.meta.url), { type: 'module' });

/**
 * "Generate": the same DDPM run from the same seeded noise, once with the network's score as of the latest
 * snapshot and once with the exact score, each in a worker, drawn side by side with their energy distances.
 */
export function SamplesPanel(props: {
  shape: MixtureData;
  seed: number;
  network: { hidden: number; weights: Float64Array; epoch: number };
  t: Words;
}) {
  const { shape, seed, network, t } = props;
  const resetOn = [shape, network.hidden, seed];
  const learned = useWorkerJob({ definition: reverseDiffusion, createWorker, resetOn });
  const exact = useWorkerJob({ definition: reverseDiffusion, createWorker, resetOn });
  const [epochSampled, setEpochSampled] = useState(0);

  const generate = () => {
    const base = {
      seed,
      schedule: SCHEDULE,
      data: shape.data,
      sigma0: SIGMA0,
      particles: PARTICLES,
      runs: [{ sampler: 'ddpm' as const, steps: GENERATE_STEPS }],
      track: 0,
    };
    learned.start({ ...base, network: { hidden: network.hidden, weights: network.weights.slice() } });
    if (exact.status !== 'done' && exact.status !== 'running') exact.start(base);
    setEpochSampled(network.epoch);
  };
  const energy = (job: typeof learned) => {
    if (job.status === 'error') return t.failed(job.error ?? '');
    if (job.status === 'running') return t.computing;
    const e = job.progress?.results[0]?.energy;
    return e === undefined ? t.notYet : formatNumber(e, 3);
  };
  const pointsOf = (job: typeof learned) => job.progress?.points ?? new Float64Array(0);
  const learnedPoints = pointsOf(learned);
  const exactPoints = pointsOf(exact);

  return (
    <div className="learn-score__samples">
      <div className="learn-score__buttons">
        <button
          type="button"
          onClick={generate}
          disabled={learned.status === 'running'}
          data-testid="learn-score-generate"
        >
          {learned.status === 'running' ? t.generating : t.generate}
        </button>
        <span className="learn-score__note">{t.generateNote(GENERATE_STEPS)}</span>
      </div>
      <TwoColumns
        minWidth={560}
        left={
          <div>
            <p className="learn-score__panel-title">{t.samplesLearned(epochSampled)}</p>
            <CloudCanvas
              points={learnedPoints}
              label={t.samplesLabel(t.learnedWhich, learnedPoints.length >> 1)}
              testId="learn-score-samples-learned"
            />
          </div>
        }
        right={
          <div>
            <p className="learn-score__panel-title">{t.samplesExact}</p>
            <CloudCanvas
              points={exactPoints}
              label={t.samplesLabel(t.exactWhich, exactPoints.length >> 1)}
              testId="learn-score-samples-exact"
            />
          </div>
        }
      />
      <Readout
        items={[
          { label: t.energyLearned, value: <span data-testid="learn-score-energy">{energy(learned)}</span> },
          {
            label: t.energyExact,
            value: <span data-testid="learn-score-energy-exact">{energy(exact)}</span>,
          },
          {
            label: t.floor,
            value: <span data-testid="learn-score-floor">{formatNumber(shape.floor.mean, 3)}</span>,
          },
        ]}
      />
    </div>
  );
}
