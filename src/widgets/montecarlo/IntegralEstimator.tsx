import { useCallback, useMemo, useRef } from 'react';
import { INTEGRAND_IDS, INTEGRANDS } from '../../core';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { Choice, Slider } from '../common/inputs/controls';
import { formatNumber, useStrings } from '../common/lang';
import { choiceBindings, frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { IntegralReadout } from './integralEstimator/IntegralReadout';
import { IntegrandPlot } from './integralEstimator/IntegrandPlot';
import { RepeatsPlot } from './integralEstimator/RepeatsPlot';
import { coveredCount, REPEATS, runIntegral } from './integralEstimator/runs';
import { INTEGRAL_STRINGS } from './integralEstimator/strings';

export const INTEGRAL_PARAMS = {
  f: { kind: 'enum', values: INTEGRAND_IDS, default: 'gauss' },
  // 41 runs of N draws are made on every change; 20 000 keeps that near 0.8 M evaluations (tens of ms).
  n: { kind: 'number', min: 10, max: 20000, default: 1000, integer: true, scale: 'log' },
} as const;

/** One repeated run appears every this many milliseconds while playing. */
const MS_PER_RUN = 120;

/** ∫_a^b f as (b − a) times the mean of f at uniform points, with its standard error and 40 repetitions. */
export function IntegralEstimator() {
  const t = useStrings(INTEGRAL_STRINGS);
  const state = useWidgetState(INTEGRAL_PARAMS);
  const { f: id, n, seed } = state.values;
  const integrand = INTEGRANDS[id];
  const runs = useMemo(() => runIntegral(integrand, seed, n), [integrand, seed, n]);

  // Repeated runs shown: all of them at rest; playing reveals one every MS_PER_RUN, Step one per press.
  const elapsed = useRef(0);
  const advance = useCallback((current: number, frameMs: number) => {
    elapsed.current += frameMs;
    if (elapsed.current < MS_PER_RUN) return current;
    elapsed.current = 0;
    return current + 1;
  }, []);
  const reveal = useReveal(REPEATS, advance);
  const { shown } = reveal;

  const covered = coveredCount(runs, integrand.exact, shown);
  const estimateText = formatNumber(runs.estimate, 6);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state)}
      controls={
        <>
          <Choice
            label={t.integrand}
            options={INTEGRAND_IDS.map((value) => ({ value, label: t.option(value) }))}
            {...choiceBindings(state, 'f')}
          />
          <Slider label={t.n} {...sliderBindings(state, 'n')} />
        </>
      }
    >
      <IntegrandPlot
        integrand={integrand}
        sampleXs={runs.sampleXs}
        estimate={runs.estimate}
        label={t.plotLabel(id, n, estimateText)}
        axes={t.axes}
        rectangleLabel={t.rectangle}
      />
      <RepeatsPlot
        estimates={runs.repeatEstimates}
        errors={runs.repeatErrors}
        count={shown}
        exact={integrand.exact}
        trueStandardError={integrand.sigma / Math.sqrt(n)}
        label={t.repeatsLabel(shown, covered)}
        axes={t.repeatAxes}
        exactLabel={t.exactLine}
      />
      <IntegralReadout
        id={id}
        runs={runs}
        shown={shown}
        covered={covered}
        estimateText={estimateText}
        t={t}
      />
    </Figure>
  );
}
