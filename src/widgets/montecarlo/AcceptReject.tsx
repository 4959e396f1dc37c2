import { Figure } from '../common/Figure';

/** Placeholder while the widget is being written (helper ch6-widgets-B). */
export function AcceptReject() {
  return <Figure id="rejection" title="AcceptReject" caption="…">{null}</Figure>;
}
