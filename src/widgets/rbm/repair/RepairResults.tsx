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
        <Picture
          pixels={completion}
          columns={8}
          maxTile={120}
          label={t.completionLabel(step)}
          testId="repair-completion"
        >
          {t.completion}
        </Picture>
        <Picture pixels={sample} columns={8} maxTile={120} label={t.sampleLabel(step)} testId="repair-sample">
          {t.sample}
        </Picture>
      </div>
      <Picture
        pixels={activations}
        columns={hidden / 8}
        maxTile={240}
        label={t.hiddenLabel(step)}
        testId="repair-hidden"
      >
        {t.hidden}
      </Picture>
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

/** One 8-row image of the chain, drawn as ink on paper, with its caption under it. */
function Picture(props: {
  pixels: ArrayLike<number>;
  columns: number;
  maxTile: number;
  label: string;
  testId: string;
  children: string;
}) {
  return (
    <div className="repair-results__image">
      <ImageGrid
        pixels={props.pixels}
        count={1}
        rows={8}
        columns={props.columns}
        range={[0, 1]}
        tone="dark-on-light"
        maxTile={props.maxTile}
        label={props.label}
        testId={props.testId}
      />
      <p className="repair-results__label">{props.children}</p>
    </div>
  );
}
