import { Slider } from './controls';
import { formatNumber } from './lang';

export interface LogSliderProps {
  label: string;
  /** The count itself (e.g. N = 2500), not its logarithm. */
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Positions per factor of ten; 10 gives 10, 13, 16, 20, 25, 32, 40, 50, 63, 79, 100. */
  stepsPerDecade?: number;
  description?: string;
}

/**
 * A slider for a count that spans several powers of ten (sample sizes 10 … 100 000). A linear slider would spend
 * all its travel on the large values; this one moves in equal ratios, and arrow keys multiply N by 10^(1/steps).
 * The value shown and announced is the count, as a whole number.
 */
export function LogSlider(props: LogSliderProps) {
  const steps = props.stepsPerDecade ?? 10;
  const lo = Math.log10(props.min);
  const hi = Math.log10(props.max);
  const position = Math.log10(Math.min(props.max, Math.max(props.min, props.value)));
  return (
    <Slider
      label={props.label}
      value={position}
      min={lo}
      max={hi}
      step={1 / steps}
      description={props.description}
      format={() => formatCount(props.value)}
      onChange={(v) => props.onChange(Math.min(props.max, Math.max(props.min, Math.round(10 ** v))))}
    />
  );
}

/** Whole numbers with thousands separators (100,000), never in exponent notation. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return formatNumber(n);
  return Math.round(n).toLocaleString('en-US');
}
