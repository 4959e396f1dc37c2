import { formatNumber, useStrings } from '../../common/lang';
import { RANGE_1D } from '../targets';
import type { RejectionModel } from './model';
import { ACCEPT_REJECT_STRINGS } from './strings';

/** Where the envelope k q fails to cover p̃ (on screen, or only outside it), and what would repair it. */
export function EnvelopeWarning({ model }: { model: RejectionModel }) {
  const t = useStrings(ACCEPT_REJECT_STRINGS);
  const inRange = model.check.violations.filter((v) => v.to >= RANGE_1D.min && v.from <= RANGE_1D.max);
  const fixable = Number.isFinite(model.check.minimalK);
  // Round the advice up, so following it really repairs the envelope.
  const advice = fixable
    ? t.raiseK(formatNumber(Math.ceil(model.check.minimalK * 100) / 100, 4))
    : t.cannotFix;
  let text: string;
  if (inRange.length === 0) text = t.outsideOnly(model.checkedRange.min, model.checkedRange.max) + advice;
  else {
    const first = inRange[0];
    const from = formatNumber(Math.max(first.from, RANGE_1D.min), 3);
    const to = formatNumber(Math.min(first.to, RANGE_1D.max), 3);
    text = t.broken(from, to, inRange.length - 1) + advice;
  }
  return (
    <p className="warning" role="status" data-testid="rejection-warning">
      {text}
    </p>
  );
}
