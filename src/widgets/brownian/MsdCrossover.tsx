import { useCallback, useMemo } from 'react';
import { collisionMsd, equipartitionMeanSquareVelocity, grainMassFor } from '../../workers/collisionMsd';
import { useWorkerJob } from '../common/animation/useWorkerJob';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import './brownian.css';
import { CrossoverReadout } from './msdCrossover/CrossoverReadout';
import { MsdPlot } from './msdCrossover/MsdPlot';
import {
  ballisticGuide,
  diffusiveGuide,
  MSD_CROSSOVER_PARAMS,
  msdPoints,
  normalisedVacf,
} from './msdCrossover/model';
import { RunButtons } from './msdCrossover/RunButtons';
import { statusText } from './msdCrossover/status';
import { MSD_CROSSOVER_STRINGS } from './msdCrossover/strings';
import { VacfPlot } from './msdCrossover/VacfPlot';
import './msdCrossover/msdCrossover.css';

export { MSD_CROSSOVER_PARAMS } from './msdCrossover/model';

/**
 * The collision box's grain run for tens of nanoseconds in a Web Worker (useWorkerJob): its MSD over lags from 1 to
 * 2000 ps on log–log axes, ballistic (slope 2) below the velocity memory time τ_v and diffusive (slope 1) above,
 * with τ_v measured from the velocity autocorrelation and D compared with Einstein's k_BTτ_v/M. Before a run the
 * plot shows the ballistic law alone, which follows the grain radius (the main control) through the mass.
 */
export function MsdCrossover() {
  const t = useStrings(MSD_CROSSOVER_STRINGS);
  const state = useWidgetState(MSD_CROSSOVER_PARAMS);
  const { grainRadius, durationNs, seed } = state.values;
  const job = useWorkerJob({
    definition: collisionMsd,
    createWorker: () =>
      new Worker(new URL('../../workers/collisionMsd.worker.ts', import.meta.url), { type: 'module' }),
    // Any change of settings ends the run: what is shown must always belong to the settings on screen.
    resetOn: [grainRadius, durationNs, seed],
  });

  // A run's report is shown only with the settings it was made with (the one render before resetOn resets it).
  // (The job rounds the duration to whole 0.5 ps steps, hence the tolerance.)
  const shown = job.progress;
  const progress =
    shown?.grainRadius === grainRadius && Math.abs(shown.totalNs - durationNs) < 1e-6 ? shown : null;
  const estimates = progress?.estimates ?? null;
  const tauV = estimates?.tauV.value ?? Number.NaN;
  const meanSquareVelocity = equipartitionMeanSquareVelocity(grainRadius);

  const ballistic = useMemo(() => ballisticGuide(grainRadius), [grainRadius]);
  const diffusion = estimates?.diffusion.value ?? Number.NaN;
  const diffusive = useMemo(() => diffusiveGuide(diffusion), [diffusion]);
  const data = useMemo(() => msdPoints(progress), [progress]);
  const vacf = useMemo(() => normalisedVacf(progress), [progress]);

  const run = useCallback(
    () => job.start({ seed, grainRadius, durationNs }),
    [job, seed, grainRadius, durationNs],
  );
  const doneNs = progress?.doneNs ?? 0;

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      onReset={job.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider label={t.grainRadius} {...sliderBindings(state, 'grainRadius')} />
          <Slider label={t.durationNs} {...sliderBindings(state, 'durationNs')} />
        </>
      }
    >
      <div className="msd-crossover">
        <RunButtons status={job.status} labels={t} onRun={run} onCancel={job.cancel} />
        <progress max={durationNs} value={doneNs} aria-label={t.progress} data-testid="msd-progress" />
        <p className="msd-crossover__status" role="status" data-testid="msd-status">
          {statusText(t.status, job, progress, durationNs)}
        </p>
        <TwoColumns
          left={
            <MsdPlot
              data={data}
              ballistic={ballistic}
              diffusive={diffusive}
              tauV={tauV}
              label={t.msdLabel(data.length, formatNumber(grainRadius, 3))}
              axes={[t.lagAxis, t.msdAxis]}
              legend={[t.legendData, t.legendBallistic, t.legendDiffusive]}
              marks={[t.tauV, t.twoTauV]}
            />
          }
          right={
            <VacfPlot
              data={vacf}
              tauV={tauV}
              label={t.vacfLabel(vacf.length)}
              axes={[t.lagAxis, t.vacfAxis]}
              legend={[t.legendVacf, t.legendExponential]}
              marks={[t.tauV, t.oneOverE]}
            />
          }
        />
        <CrossoverReadout
          estimates={estimates}
          doneNs={doneNs}
          totalNs={durationNs}
          grainMass={grainMassFor(grainRadius)}
          meanSquareVelocity={meanSquareVelocity}
        />
      </div>
    </Figure>
  );
}
