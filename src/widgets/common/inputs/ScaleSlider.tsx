import { formatNumber } from '../lang';
import { Slider, type SliderProps } from './controls';

/**
 * A slider for a positive scale spanning several powers of ten (a proposal step size 0.02 … 20): it moves in
 * equal ratios, so "ten times smaller" and "ten times larger" are the same distance either side. The same as
 * `<Slider scale="log" step={0.02}>` with three significant digits shown.
 */
export function ScaleSlider(props: Omit<SliderProps, 'scale' | 'integer'>) {
  return <Slider format={(v) => formatNumber(v, 3)} step={0.02} {...props} scale="log" />;
}
