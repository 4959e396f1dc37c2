import { type CrossoverEstimates, DIFFUSIVE_START_TAU_V, type JackknifeEstimate } from '../../../core';
import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import { verdictOf } from './model';
import { MSD_CROSSOVER_STRINGS } from './strings';

/**
 * "value ± error" with the error to two significant figures and the value to the same decimal place (1.98995 ±
 * 0.00027, 101.3 ± 4.4); the value alone, to `digits` figures, while the error is unknown (fewer than two blocks).
 */
export function formatEstimate(estimate: JackknifeEstimate, digits = 3): string {
  const { value, error } = estimate;
  if (!Number.isFinite(value)) return formatNumber(value);
  if (!(Number.isFinite(error) && error > 0)) return formatNumber(value, digits);
  const decimals = Math.min(8, Math.max(0, 1 - Math.floor(Math.log10(error))));
  return `${value.toFixed(decimals)} ± ${error.toFixed(decimals)}`;
}

/** True when 8τ_v lies past half the longest lag, so the diffusive fit takes the last half of the lags instead. */
function isClipped(e: CrossoverEstimates): boolean {
  return !(Math.abs(e.diffusiveRange[0] - DIFFUSIVE_START_TAU_V * e.tauV.value) < 1e-9 * e.diffusiveRange[1]);
}

export interface CrossoverReadoutProps {
  /** null before the first report of a run. */
  estimates: CrossoverEstimates | null;
  doneNs: number;
  totalNs: number;
  grainMass: number;
  meanSquareVelocity: number;
}

/** The figures under the plots: slopes, τ_v, D both ways, and one sentence on how close the two Ds are. */
export function CrossoverReadout(props: CrossoverReadoutProps) {
  const t = useStrings(MSD_CROSSOVER_STRINGS);
  const e = props.estimates;
  const none = '—';
  const verdict = e ? verdictOf(e.ratio) : ({ kind: 'pending' } as const);
  return (
    <>
      <Readout
        items={[
          {
            label: t.simulated,
            value: (
              <span data-testid="msd-done">{`${formatNumber(props.doneNs, 4)} / ${formatNumber(props.totalNs, 4)} ns`}</span>
            ),
          },
          {
            label: t.mass,
            value: `${formatNumber(props.grainMass, 4)} u, ${formatNumber(props.meanSquareVelocity, 3)} nm²/ps²`,
          },
          {
            label: t.ballisticSlope,
            value: (
              <span data-testid="msd-ballistic-slope">{e ? formatEstimate(e.ballisticSlope, 4) : none}</span>
            ),
          },
          {
            label: e
              ? t.diffusiveSlope(formatNumber(e.diffusiveRange[0], 3), isClipped(e))
              : t.diffusiveSlope('8τ_v', false),
            value: (
              <span data-testid="msd-diffusive-slope">
                {e && Number.isFinite(e.diffusiveSlope.value)
                  ? `${formatEstimate(e.diffusiveSlope)}${t.langevinSlope(formatNumber(e.ouSlope, 3))}`
                  : none}
              </span>
            ),
          },
          {
            label: t.tauVMeasured,
            value: <span data-testid="msd-tau-v-value">{e ? `${formatEstimate(e.tauV)} ps` : none}</span>,
          },
          {
            label: t.dSlope,
            value: (
              <span data-testid="msd-d-slope">{e ? `${formatEstimate(e.diffusion)} nm²/ps` : none}</span>
            ),
          },
          {
            label: t.dEinstein,
            value: (
              <span data-testid="msd-d-einstein">{e ? `${formatEstimate(e.einstein)} nm²/ps` : none}</span>
            ),
          },
        ]}
      />
      <p className="msd-crossover__verdict" data-testid="msd-verdict">
        {verdict.kind === 'pending'
          ? e
            ? t.verdict.pending
            : ''
          : t.verdict[verdict.kind](
              formatNumber(Math.abs(verdict.percent), 2),
              verdict.percent < 0,
              formatNumber(verdict.errorPercent, 2),
            )}
      </p>
    </>
  );
}
