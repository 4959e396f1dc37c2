import type { ClampedChain } from '../../../core';
import { Readout } from '../../common/inputs/controls';
import { formatNumber } from '../../common/lang';
import { ImageGrid } from '../../common/plots';
import type { REPAIR_STRINGS } from './strings';

export interface RepairResultsProps {
  chain: ClampedChain;
  /** Steps shown so far (0 … chain.steps). */
  step: number;
  hidden: number;
  freeCount: number;
  /** Errors on the free pixels against the true digit, or null when the reader drew the pad. */
  errors: { completion: number; average: number } | null;
  t: (typeof REPAIR_STRINGS)['en'];
}

const V = 64;

/** The chain's picture at one step: the completion so far, the current sample, the hidden activations, numbers. */
export function RepairResults({ chain, step, hidden, freeCount, errors, t }: RepairResultsProps) {
  const completion = chain.completion.subarray(step * V, (step + 1) * V);
  const sample = chain.samples.subarray(step * V, (step + 1) * V);
  // before the first step there are no hidden activations yet: show those of step 1 only once it is reached
  const activations =
    step > 0
      ? chain.hiddenProbabilities.subarray((step - 1) * hidden, step * hidden)
      : new Float32Array(hidden);
  return (
    <div className="repair-results">
      <div className="repair-results__images">
        <figure className="repair-results__image">
          <ImageGrid
            pixels={completion}
            count={1}
            rows={8}
            columns={8}
            range={[0, 1]}
            maxTile={120}
            label={t.completionLabel(step)}
            testId="repair-completion"
          />
          <figcaption>{t.completion}</figcaption>
        </figure>
        <figure className="repair-results__image">
          <ImageGrid
            pixels={sample}
            count={1}
            rows={8}
            columns={8}
            range={[0, 1]}
            maxTile={120}
            label={t.sampleLabel(step)}
            testId="repair-sample"
          />
          <figcaption>{t.sample}</figcaption>
        </figure>
      </div>
      <figure className="repair-results__image">
        <ImageGrid
          pixels={activations}
          count={1}
          rows={8}
          columns={hidden / 8}
          range={[0, 1]}
          maxTile={240}
          label={t.hiddenLabel(step)}
          testId="repair-hidden"
        />
        <figcaption>{t.hidden}</figcaption>
      </figure>
      <Readout
        items={[
          { label: t.step, value: <span data-testid="repair-step">{`${step} / ${chain.steps}`}</span> },
          { label: t.freePixels, value: String(freeCount) },
          {
            label: t.error,
            title: t.errorTitle,
            value: (
              <span data-testid="repair-error">
                {errors ? formatNumber(step > 0 ? errors.completion : Number.NaN, 3) : t.drawn}
              </span>
            ),
          },
          ...(errors ? [{ label: t.averageError, value: formatNumber(errors.average, 3) }] : []),
        ]}
      />
    </div>
  );
}
