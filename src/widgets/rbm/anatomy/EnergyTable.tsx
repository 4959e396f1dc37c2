import { formatNumber } from '../../common/lang';
import { type EnergyTerm, subscript } from './model';

export interface EnergyTableProps {
  terms: readonly EnergyTerm[];
  words: {
    caption: string;
    columns: [string, string, string];
    visibleBiasTerm: (i: string) => string;
    hiddenBiasTerm: (j: string) => string;
    pairTerm: (i: string, j: string) => string;
    noTerms: string;
    total: string;
  };
}

/** A term as the formula writes it (−b₂v₂, −c₁h₁, −v₂W₂₁h₁) and what it is, in words. */
function termWords(term: EnergyTerm, words: EnergyTableProps['words']): [string, string] {
  switch (term.kind) {
    case 'visible': {
      const i = subscript(term.i);
      return [`−b${i} v${i}`, words.visibleBiasTerm(i)];
    }
    case 'hidden': {
      const j = subscript(term.j);
      return [`−c${j} h${j}`, words.hiddenBiasTerm(j)];
    }
    case 'pair': {
      const [i, j] = [subscript(term.i), subscript(term.j)];
      return [`−v${i} W${i}${j} h${j}`, words.pairTerm(i, j)];
    }
  }
}

const keyOf = (term: EnergyTerm) =>
  term.kind === 'visible' ? `b${term.i}` : term.kind === 'hidden' ? `c${term.j}` : `w${term.i}-${term.j}`;

/** Every non-zero term of E(v, h) with its value, and their sum. */
export function EnergyTable(props: EnergyTableProps) {
  const { terms, words } = props;
  const total = terms.reduce((sum, term) => sum + term.value, 0);
  return (
    <table className="rbm-anatomy__energy" data-testid="rbm-anatomy-energy">
      <caption>{words.caption}</caption>
      <thead>
        <tr>
          {words.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {terms.length === 0 && (
          <tr>
            <td colSpan={3}>{words.noTerms}</td>
          </tr>
        )}
        {terms.map((term) => {
          const [formula, meaning] = termWords(term, words);
          return (
            <tr key={keyOf(term)} data-testid={`rbm-anatomy-term-${keyOf(term)}`}>
              <td className="rbm-anatomy__formula">{formula}</td>
              <td>{meaning}</td>
              <td className="rbm-anatomy__value" data-exact={term.value}>
                {formatNumber(term.value, 4)}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {words.total}
          </th>
          <td className="rbm-anatomy__value" data-testid="rbm-anatomy-total">
            {formatNumber(total, 4)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
