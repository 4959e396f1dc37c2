import { memo, useMemo } from 'react';
import { SCORE_TRAINING_MSD_TIMES } from '../../../workers/scoreTraining';
import { formatNumber } from '../../common/lang';
import {
  type AxisSpec,
  CornerLegend,
  DASHED,
  DOTTED,
  Line,
  Plot,
  powersOfTenAxis,
  ROLE,
} from '../../common/plots';

const STYLES = [
  { dash: undefined, glyph: '━', colour: ROLE.data },
  { dash: DASHED, glyph: '- -', colour: ROLE.exact },
  { dash: DOTTED, glyph: '···', colour: ROLE.ink },
] as const;

/** Powers of ten around the values (a decade either side of nothing yet), so the curve always fits. */
function decades(msd: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const v of msd) {
    if (v > 0 && Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!(hi > 0)) return [0.1, 1000];
  const a = 10 ** Math.floor(Math.log10(lo));
  const b = 10 ** Math.ceil(Math.log10(hi));
  return [a, b > a ? b : 10 * a];
}

/** Drawing only: the mean squared difference of learned and exact score after each epoch, one line per t. */
export const MsdPlot = memo(function MsdPlot(props: {
  msd: Float64Array;
  epochs: number;
  label: string;
  axes: [string, string];
  timeLabel: (t: string) => string;
}) {
  const { msd, epochs, axes } = props;
  const levels = SCORE_TRAINING_MSD_TIMES.length;
  const done = Math.floor(msd.length / levels);
  const x = useMemo<AxisSpec>(() => ({ domain: [0, epochs], ticks: 5, label: axes[0] }), [epochs, axes]);
  const [lo, hi] = decades(msd);
  const y = useMemo(() => powersOfTenAxis(lo, hi, axes[1]), [lo, hi, axes]);
  const epochIndex = useMemo(() => Array.from({ length: done }, (_, e) => e), [done]);
  return (
    <Plot x={x} y={y} height={220} label={props.label} testId="learn-score-msd">
      {SCORE_TRAINING_MSD_TIMES.map((t, l) => (
        <Line
          key={t}
          data={epochIndex}
          x={(e) => e + 1}
          y={(e) => msd[e * levels + l]}
          dash={STYLES[l].dash}
          colour={STYLES[l].colour}
          width={2}
        />
      ))}
      <CornerLegend
        corner="top-right"
        items={SCORE_TRAINING_MSD_TIMES.map((t, l) => ({
          glyph: STYLES[l].glyph,
          colour: STYLES[l].colour,
          label: props.timeLabel(formatNumber(t, 1)),
        }))}
      />
    </Plot>
  );
});
