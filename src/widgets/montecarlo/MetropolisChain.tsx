import { Figure } from '../common/Figure';

/** Placeholder while the widget is being written (helper ch6-widgets-B). */
export function MetropolisChain() {
  return <Figure id="metropolis" title="MetropolisChain" caption="…">{null}</Figure>;
}
