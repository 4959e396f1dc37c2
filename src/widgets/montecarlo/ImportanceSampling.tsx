import { Figure } from '../common/Figure';

/** Placeholder while the widget is being written (helper ch6-widgets-B). */
export function ImportanceSampling() {
  return <Figure id="importance" title="ImportanceSampling" caption="…">{null}</Figure>;
}
