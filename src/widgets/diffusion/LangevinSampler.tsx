import { useMemo, useRef } from 'react';
import { useSimulation } from '../common/animation/useSimulation';
import { type PlaneCloud, PlaneDotsCanvas } from '../common/canvas/PlaneDotsCanvas';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Choice, Readout, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { ExactPanel } from './langevin/ExactPanel';
import { DistancePlot, MarginalPlot } from './langevin/LangevinPlots';
import {
  componentSpreads,
  createLangevinRun,
  exactTarget,
  LANGEVIN_PARAMS,
  type LangevinRun,
  readLangevinRun,
  stepLangevinRun,
  VIEW,
} from './langevin/model';
import { LANGEVIN_STRINGS } from './langevin/strings';
import './scoreField/scoreField.css';

export { LANGEVIN_PARAMS };

/**
 * A cloud of particles under ULA or MALA on a mixture at temperature T, against the exact target: the particles, the
 * x₁ marginal with its KS distance, and TV and KS against steps. One useSimulation run; at rest the seeded start,
 * Play runs it (steps per frame scale with the run's length).
 */
export function LangevinSampler() {
  const t = useStrings(LANGEVIN_STRINGS);
  const state = useWidgetState(LANGEVIN_PARAMS);
  const { target, method, stepSize, temperature, particles, steps, seed } = state.values;
  const exact = useMemo(() => exactTarget(target, temperature), [target, temperature]);
  const spreads = useMemo(
    () => componentSpreads(target, temperature, stepSize),
    [target, temperature, stepSize],
  );
  const settings = useMemo(
    () => ({ target, method, stepSize, temperature, particles, seed }),
    [target, method, stepSize, temperature, particles, seed],
  );
  const repaint = useRef<() => void>(() => undefined);
  const simulation = useSimulation({
    create: () => createLangevinRun(settings, exact),
    deps: [settings, exact],
    step: stepLangevinRun,
    stepsPerFrame: Math.max(2, Math.round(steps / 200)),
    maxSteps: steps,
    readout: readLangevinRun,
    readoutEvery: 3,
    draw: () => repaint.current(),
  });
  const r = simulation.readout;
  const run = simulation.model;
  const cloud = (): PlaneCloud | null => {
    const model: LangevinRun | null = run.current;
    if (!model) return null;
    return {
      points: model.cloud.positions,
      alive: model.cloud.alive,
      circles: spreads.map((s) => [s.x, s.y, s.exact] as const),
    };
  };
  const narrowest = spreads.reduce((a, b) => (b.bound < a.bound ? b : a));
  const warning = useMemo(() => {
    if (method === 'mala') return r.steps > 0 && r.acceptance < 0.1 ? t.malaSlow : null;
    if (r.lost > 0) return t.blewUp(r.lost);
    if (!Number.isFinite(narrowest.ula)) return t.unstable(formatNumber(narrowest.bound, 3));
    const excess = 100 * (narrowest.ula / narrowest.exact - 1);
    return excess >= 5 ? t.biased(formatNumber(excess, 2)) : null;
  }, [method, r.lost, r.steps, r.acceptance, narrowest, t]);
  const ksText = formatNumber(r.ks, 3);
  const tvText = formatNumber(r.tv, 3);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={simulation.animation}
      onReset={simulation.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Slider
            label={t.stepSize}
            format={(v) => formatNumber(v, 3)}
            {...sliderBindings(state, 'stepSize')}
          />
          <Choice
            label={t.method}
            options={LANGEVIN_PARAMS.method.values.map((value) => ({ value, label: t.methods[value] }))}
            {...choiceBindings(state, 'method')}
          />
          <Choice
            label={t.target}
            options={LANGEVIN_PARAMS.target.values.map((value) => ({ value, label: t.targets[value] }))}
            {...choiceBindings(state, 'target')}
          />
          <Slider label={t.temperature} {...sliderBindings(state, 'temperature')} />
          <Slider label={t.particles} {...sliderBindings(state, 'particles')} />
          <Slider label={t.steps} {...sliderBindings(state, 'steps')} />
        </>
      }
    >
      {warning && (
        <p className="warning" role="status" data-testid="langevin-warning">
          {warning}
        </p>
      )}
      <TwoColumns
        left={
          <div>
            <p className="score-field__panel-title">{t.exactTitle}</p>
            <ExactPanel
              exact={exact}
              spreads={spreads}
              label={t.exactLabel(formatNumber(stepSize, 3), formatNumber(temperature, 3))}
              axes={t.axes}
              legend={t.ringLegend}
              diverges={t.diverges}
            />
          </div>
        }
        right={
          <div>
            <p className="score-field__panel-title">{t.particlesTitle}</p>
            <PlaneDotsCanvas
              range={VIEW}
              cloud={cloud}
              repaint={repaint}
              paintKey={settings}
              maxPoints={particles}
              label={t.particlesLabel(r.steps, particles - r.lost)}
              legend={t.particlesLegend}
              testId="langevin-particles"
              className="score-field__canvas"
            />
          </div>
        }
      />
      <TwoColumns
        left={
          <MarginalPlot
            bins={r.bins}
            exact={exact}
            title={t.marginalTitle}
            label={t.marginalLabel(ksText)}
            axes={[t.axes[0], t.density]}
            legend={t.marginalLegend}
          />
        }
        right={
          <DistancePlot
            ks={r.history.ks}
            tv={r.history.tv}
            tvNoise={r.tvNoise}
            ksCritical={r.ksCritical}
            maxSteps={steps}
            title={t.distanceTitle}
            label={t.distanceLabel(tvText, ksText)}
            axes={[t.stepAxis, t.distanceAxis]}
            legend={t.distanceLegend}
          />
        }
      />
      <Readout
        items={[
          { label: t.stepsDone, value: <span data-testid="langevin-steps">{r.steps}</span> },
          {
            label: t.ks,
            value: (
              <span
                data-testid="langevin-ks"
                data-value={r.ks}
              >{`${ksText} (${t.ksCritical} ${formatNumber(r.ksCritical, 3)})`}</span>
            ),
          },
          {
            label: t.tv,
            value: (
              <span
                data-testid="langevin-tv"
                data-value={r.tv}
              >{`${tvText} (${t.tvNoise} ${formatNumber(r.tvNoise, 3)})`}</span>
            ),
          },
          {
            label: t.acceptance,
            value: (
              <span data-testid="langevin-acceptance">
                {method === 'mala' ? formatNumber(r.acceptance, 3) : '1 (ULA)'}
              </span>
            ),
          },
          { label: t.lost, value: <span data-testid="langevin-lost">{r.lost}</span> },
        ]}
      />
    </Figure>
  );
}
