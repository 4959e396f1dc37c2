import { useMemo } from 'react';
import { createLandscape, SAMPLERS } from '../../core';
import { useSimulation } from '../common/animation/useSimulation';
import { useFrameStats } from '../common/canvas/useFrameStats';
import { Figure } from '../common/frame/Figure';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { DensityMap } from '../common/plots';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useRepairNotices } from '../common/state/useRepairNotices';
import { useWidgetState } from '../common/state/useWidgetState';
import { ExpertEditor } from './landscape/ExpertEditor';
import { ExpertHandles } from './landscape/ExpertHandles';
import { densityPicture, energyPicture } from './landscape/model';
import { EXPERT_PARAMS, expertsNotice, useExperts } from './landscape/useExperts';
import { createRun, MAX_SWEEPS, retarget, stepRun } from './particles/model';
import { PARTICLES_STRINGS } from './particles/strings';
import { TvPlot } from './particles/TvPlot';
import './landscape/landscape.css';

export const PARTICLES_PARAMS = {
  ...EXPERT_PARAMS,
  temperature: { kind: 'number', min: 0.05, max: 20, default: 1, scale: 'log', step: 0.05 },
  sampler: { kind: 'enum', values: SAMPLERS, default: 'metropolis' },
  stepSize: { kind: 'number', min: 0.005, max: 2, default: 0.3, scale: 'log', step: 0.05 },
  particles: { kind: 'number', min: 200, max: 5000, default: 1000, integer: true, scale: 'log', step: 0.05 },
} as const;

/** Independent Metropolis / ULA / MALA chains on the landscape, judged by TV against the exact cell masses. */
export function LandscapeParticles() {
  const t = useStrings(PARTICLES_STRINGS);
  const state = useWidgetState(PARTICLES_PARAMS);
  const { temperature: T, sampler, stepSize, particles: n, seed, preset } = state.values;
  const notices = useRepairNotices(state, () => [expertsNotice(state.values.experts, preset)]);
  const editing = useExperts(state);
  const { experts } = editing;
  const landscape = useMemo(() => createLandscape(experts), [experts]);
  const energy = useMemo(() => energyPicture(landscape), [landscape]);
  const density = useMemo(() => densityPicture(energy, T), [energy, T]);
  const frameStats = useFrameStats();
  const sim = useSimulation({
    create: () => createRun({ landscape, temperature: T, sampler, stepSize, n, seed }),
    deps: [sampler, stepSize, n, seed],
    live: { deps: [landscape, T], apply: (run) => retarget(run, landscape, T) },
    step: stepRun,
    readout: (run, steps) => ({
      steps,
      tv: run.tv,
      last: run.tv[Math.min(steps, MAX_SWEEPS)],
      noise: run.noise,
      acceptance: run.cloud.acceptanceRate(),
      points: { xs: run.xs, ys: run.ys, count: run.cloud.n },
    }),
    maxSteps: MAX_SWEEPS,
    frameStats,
  });
  const r = sim.readout;
  // a new object per published step, so the memoised map redraws the particles
  // biome-ignore lint/correctness/useExhaustiveDependencies: steps marks a new state of the same arrays
  const points = useMemo(() => ({ ...r.points }), [r.points, sim.steps, r.last]);
  const handles = useMemo(() => <ExpertHandles editing={editing} idPrefix="particles" />, [editing]);
  const empty = useMemo(() => ({ xs: new Float64Array(0), ys: new Float64Array(0), count: 0 }), []);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={sim.animation}
      onReset={sim.reset}
      {...frameBindings(state, sim.reset)}
      {...notices}
      controls={
        <>
          <Slider label={t.temperature} {...sliderBindings(state, 'temperature')} />
          <Choice
            label={t.sampler}
            value={sampler}
            param="sampler"
            options={SAMPLERS.map((s) => ({ value: s, label: t[s] }))}
            onChange={(s) => state.set('sampler', s)}
          />
          <Slider label={t.stepSize} {...sliderBindings(state, 'stepSize')} />
          <Slider label={t.particles} {...sliderBindings(state, 'particles')} />
          <ExpertEditor editing={editing} preset={preset} testId="particles-editor" />
        </>
      }
    >
      <div className="landscape-panels">
        <DensityMap
          density={density}
          path={empty}
          points={points}
          label={t.mapLabel(T, n)}
          axes={t.axes}
          testId="particles-exact"
          interactive
        >
          {handles}
        </DensityMap>
        <TvPlot tv={r.tv} steps={r.steps} noise={r.noise} label={t.tvLabel} axes={[t.sweepsAxis, t.tvAxis]} />
      </div>
      {sampler === 'ula' && <p className="landscape-note">{t.ulaWalls}</p>}
      <Readout
        items={[
          { label: t.sweeps, value: <span data-testid="particles-sweeps">{r.steps}</span> },
          { label: t.tv, value: <span data-testid="particles-tv-value">{formatNumber(r.last, 3)}</span> },
          { label: t.noise, value: <span data-testid="particles-noise">{formatNumber(r.noise, 3)}</span> },
          {
            label: t.acceptance,
            value: sampler === 'ula' ? t.notApplicable : formatNumber(r.acceptance, 3),
          },
        ]}
      />
    </Figure>
  );
}
