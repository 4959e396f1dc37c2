import type { CountRecord } from './countHistory';
import {
  type DurationWords,
  durationInWords,
  EXTRAPOLATION_SPINS,
  formatLog10,
  log10SecondsFor,
} from './model';

export interface ExtrapolationWords {
  heading: (rate: string, n: number) => string;
  none: string;
  spins40: string;
  spins100: string;
  image: string;
  separator: string;
}

/**
 * How long the same sum would take for 40 spins, 100 spins and a 28 × 28 binary image, at the rate of the best-timed
 * count so far. All in log10 arithmetic: 2⁷⁸⁴ ≈ 10²³⁶ states are far beyond a double, never Infinity.
 */
export function Extrapolation(props: {
  record: CountRecord | null;
  words: ExtrapolationWords;
  duration: DurationWords;
}) {
  const { record, words } = props;
  if (record === null) {
    return (
      <p className="state-counter__extrapolation" data-testid="count-extrapolation">
        {words.none}
      </p>
    );
  }
  const names = [words.spins40, words.spins100, words.image];
  return (
    <div className="state-counter__extrapolation" data-testid="count-extrapolation">
      <p>{words.heading(formatLog10(Math.log10(record.statesPerSecond)), record.n)}</p>
      <ul>
        {EXTRAPOLATION_SPINS.map((spins, k) => (
          <li key={spins} data-testid={`count-extrapolation-${spins}`}>
            <span className="state-counter__target">{names[k]}</span>
            {words.separator}
            {durationInWords(log10SecondsFor(spins, record.statesPerSecond), props.duration)}
          </li>
        ))}
      </ul>
    </div>
  );
}
