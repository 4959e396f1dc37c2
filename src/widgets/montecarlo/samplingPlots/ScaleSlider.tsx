import { Slider } from '../../common/controls';
import { formatNumber } from '../../common/lang';

/**
 * A slider for a positive scale spanning several powers of ten (a proposal step size 0.02 … 20): it moves in
 * equal ratios, so "ten times smaller" and "ten times larger" are the same distance either side.
 */
export function ScaleSlider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const position = Math.log10(Math.min(props.max, Math.max(props.min, props.value)));
  return (
    <Slider
      label={props.label}
      value={position}
      min={Math.log10(props.min)}
      max={Math.log10(props.max)}
      step={0.02}
      format={() => formatNumber(props.value, 3)}
      onChange={(v) => {
        // Three significant digits keep the URL readable.
        const next = Number((10 ** v).toPrecision(3));
        props.onChange(Math.min(props.max, Math.max(props.min, next)));
      }}
    />
  );
}
