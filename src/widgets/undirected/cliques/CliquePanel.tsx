import { useId } from 'react';
import { Readout } from '../../common/inputs/controls';
import { useStrings } from '../../common/lang';
import { Tex } from '../../common/math/Tex';
import {
  type CliqueSummary,
  cliqueName,
  factorCountText,
  factorisationTex,
  factorisationText,
  jointCountText,
} from './model';
import { CLIQUE_STRINGS } from './strings';

/**
 * The words beside the graph: the maximal cliques (each a toggle that highlights it in the drawing), the product
 * p̃(x) = ∏_C φ_C(x_C) over them, and the joint-table and factorised counts.
 */
export function CliquePanel(props: {
  nodes: number;
  summary: CliqueSummary;
  highlighted: number | null;
  onHighlight: (k: number | null) => void;
}) {
  const t = useStrings(CLIQUE_STRINGS);
  const { summary, highlighted } = props;
  const headingId = useId();
  return (
    <div className="clique-panel">
      {/* not a heading element: the figure sits at any depth of the chapter's outline */}
      <p className="clique-panel__heading" id={headingId}>
        {t.cliquesHeading(summary.cliques.length)}
      </p>
      <ol className="clique-panel__list" data-testid="cliques-list" aria-labelledby={headingId}>
        {summary.cliques.map((clique, k) => {
          const name = cliqueName(clique);
          return (
            <li key={name}>
              <button
                type="button"
                aria-pressed={highlighted === k}
                aria-label={t.showClique(name)}
                onClick={() => props.onHighlight(highlighted === k ? null : k)}
              >
                {t.cliqueTag(k + 1)} = {name}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="clique-panel__heading">{t.factorisation}</p>
      <div className="clique-panel__formula">
        <Tex
          tex={factorisationTex(summary.cliques)}
          fallback={factorisationText(summary.cliques)}
          testId="cliques-formula"
        />
      </div>
      <div className="clique-panel__counts">
        <Readout
          items={[
            {
              label: t.jointCount,
              value: (
                <span data-testid="cliques-joint-count">
                  {jointCountText(props.nodes)} = {t.entries(String(summary.jointEntries))}
                </span>
              ),
            },
            {
              label: t.factorCount,
              value: (
                <span data-testid="cliques-factor-count">
                  {factorCountText(summary.cliques)} = {t.entries(String(summary.factorEntries))}
                </span>
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}
