import { useMemo } from 'react';
import { useReveal } from '../common/animation/useReveal';
import { Figure } from '../common/frame/Figure';
import { TwoColumns } from '../common/frame/TwoColumns';
import { Slider } from '../common/inputs/controls';
import { useStrings } from '../common/lang';
import { Legend, ROLE } from '../common/plots';
import { frameBindings, sliderBindings } from '../common/state/stateBindings';
import { useWidgetState } from '../common/state/useWidgetState';
import { IsingReadout } from './isingGibbs/IsingReadout';
import {
  errorScale,
  estimatesAt,
  ISING_SITES,
  ISING_SWEEPS,
  isingExact,
  maxDeviation,
  runIsingGibbs,
} from './isingGibbs/model';
import { PairsPlot } from './isingGibbs/PairsPlot';
import { SpinGrid } from './isingGibbs/SpinGrid';
import { ISING_GIBBS_STRINGS } from './isingGibbs/strings';

export const ISING_GIBBS_PARAMS = {
  coupling: { kind: 'number', min: -1, max: 1, default: 0.3, step: 0.05 },
  field: { kind: 'number', min: -1, max: 1, default: 0, step: 0.05 },
} as const;

const PROBABILITY: readonly [number, number] = [0, 1];
const CORRELATION: readonly [number, number] = [-1, 1];
/** About 400 frames (seven seconds) to replay the 2000 sweeps. */
const advance = (current: number) => current + ISING_SWEEPS / 400;

/** A 4 × 4 Ising grid sampled by Gibbs, against its exact marginals and neighbour correlations by enumeration. */
export function IsingGibbs() {
  const t = useStrings(ISING_GIBBS_STRINGS);
  const state = useWidgetState(ISING_GIBBS_PARAMS);
  const { coupling, field, seed } = state.values;
  const run = useMemo(() => runIsingGibbs(coupling, field, ISING_SWEEPS, seed), [coupling, field, seed]);
  const exact = useMemo(() => isingExact(coupling, field), [coupling, field]);

  const reveal = useReveal(ISING_SWEEPS, advance);
  const shown = Math.min(reveal.shown, ISING_SWEEPS);
  const estimates = useMemo(() => estimatesAt(run, shown), [run, shown]);
  const scale = useMemo(() => errorScale(exact, run, shown), [exact, run, shown]);
  const spins = useMemo(
    () => run.states.subarray(shown * ISING_SITES, (shown + 1) * ISING_SITES),
    [run, shown],
  );
  let ups = 0;
  for (let i = 0; i < ISING_SITES; i++) ups += spins[i];
  // Lagging: the worst error is well beyond its independent-draw size, or the chain remembers for many sweeps.
  const lagging =
    estimates !== null &&
    scale !== null &&
    (maxDeviation(estimates.up, exact.up) > 3 * Math.sqrt(0.25 / shown) || scale.tau > 20);

  return (
    <Figure
      title={t.title}
      caption={t.caption}
      animation={reveal.animation}
      onReset={reveal.reset}
      {...frameBindings(state, reveal.showAll)}
      controls={
        <>
          <Slider label={t.coupling} {...sliderBindings(state, 'coupling', reveal.showAll)} />
          <Slider label={t.field} {...sliderBindings(state, 'field', reveal.showAll)} />
        </>
      }
    >
      <TwoColumns
        minWidth={640}
        left={
          <SpinGrid
            spins={spins}
            label={t.gridLabel(shown, ups)}
            legend={{ up: t.spinUp, down: t.spinDown }}
          />
        }
        right={
          <PairsPlot
            exact={exact.up}
            estimates={estimates?.up ?? null}
            domain={PROBABILITY}
            reference={0.5}
            axes={t.marginalsAxes}
            label={t.marginalsLabel(shown)}
            testId="ising-marginals"
          />
        }
      />
      <PairsPlot
        exact={exact.neighbour}
        estimates={estimates?.neighbour ?? null}
        domain={CORRELATION}
        reference={0}
        axes={t.correlationAxes}
        label={t.correlationLabel(shown)}
        testId="ising-correlations"
      />
      <Legend
        items={[
          { label: t.legendEstimate, glyph: 'dot', colour: ROLE.data },
          { label: t.legendExact, glyph: 'line', colour: ROLE.exact },
        ]}
      />
      <IsingReadout shown={shown} exact={exact} estimates={estimates} scale={scale} />
      {lagging && (
        <p className="warning" role="status" data-testid="ising-lagging">
          {t.lagging}
        </p>
      )}
    </Figure>
  );
}
