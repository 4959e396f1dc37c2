import { Figure } from '../common/Figure';

/** Placeholder while the widget is being written (helper ch6-widgets-B). */
export function GibbsChain() {
  return <Figure id="gibbs" title="GibbsChain" caption="…">{null}</Figure>;
}
