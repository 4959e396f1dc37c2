import { nodeName } from '../../common/graph';
import { Readout } from '../../common/inputs/controls';
import { formatNumber, useStrings } from '../../common/lang';
import type { SeparationAnalysis } from './model';
import type { Roles } from './roles';
import { SEPARATION_STRINGS } from './strings';

/** Below this, an information computed by summing 2ⁿ rounded terms is zero (the sums carry errors ~ 1e−16). */
export const ZERO_INFORMATION = 1e-12;

const setName = (nodes: readonly number[], empty: string) =>
  nodes.length === 0 ? empty : `{${nodes.map(nodeName).join(', ')}}`;

/**
 * The verdict in words (does S separate A from B, and along which path not), what it implies, and the two exact
 * mutual informations. A value below 1e−12 is shown as 0 together with the number actually computed.
 */
export function SeparationReadout(props: { roles: Roles; analysis: SeparationAnalysis }) {
  const t = useStrings(SEPARATION_STRINGS);
  const { roles, analysis } = props;
  const a = nodeName(roles.a);
  const b = nodeName(roles.b);
  const s = `S = ${setName(roles.observed, t.none)}`;
  const separated = analysis.path === null;
  const verdict = !analysis.connected
    ? t.unconnected(a, b)
    : separated
      ? t.separated(s, a, b)
      : t.notSeparated(s, a, b, (analysis.path ?? []).map(nodeName).join(' – '));
  const consequence = separated
    ? t.separatedConsequence
    : analysis.conditional < ZERO_INFORMATION
      ? t.accidentalConsequence
      : t.dependentConsequence;
  const information = (value: number) =>
    value < ZERO_INFORMATION ? t.zero(formatNumber(value, 2)) : t.nats(formatNumber(value, 4));

  return (
    <div className="separation-readout">
      <p className="separation-readout__verdict" data-testid="separation-verdict" data-separated={separated}>
        <strong>{verdict}</strong> {consequence}
      </p>
      <Readout
        items={[
          {
            label: t.cmi,
            value: <span data-testid="separation-cmi">{information(analysis.conditional)}</span>,
          },
          { label: t.mi, value: <span data-testid="separation-mi">{information(analysis.marginal)}</span> },
          ...(roles.blanket === null
            ? []
            : [
                {
                  label: t.blanket(nodeName(roles.blanket)),
                  value: <span data-testid="separation-blanket">{setName(analysis.blanket, t.none)}</span>,
                },
              ]),
        ]}
      />
    </div>
  );
}
