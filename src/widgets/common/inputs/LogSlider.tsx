import { Slider, type SliderProps } from './controls';

export { formatCount } from './controls';

/**
 * A slider for a count that spans several powers of ten (sample sizes 10 … 100 000): a linear slider would spend
 * all its travel on the large values; this one moves in equal ratios, and arrow keys multiply N by 10^(1/steps).
 * The same as `<Slider scale="log" integer>`; kept as a name because that is what a reader of a widget looks for.
 */
export function LogSlider(
  props: Omit<SliderProps, 'scale' | 'integer' | 'step'> & {
    /** Positions per factor of ten; 10 gives 10, 13, 16, 20, 25, 32, 40, 50, 63, 79, 100. */
    stepsPerDecade?: number;
  },
) {
  const { stepsPerDecade = 10, ...rest } = props;
  return <Slider {...rest} scale="log" integer step={1 / stepsPerDecade} />;
}
