import { formatNumber } from '../../common/lang';
import type { ColdState } from './model';
import { stateName } from './StateBars';

/** The exact numbers behind the bars: p̃ and P of every state, with the states that contradict an observation dimmed. */
export function StateTable(props: {
  states: readonly ColdState[];
  caption: string;
  columns: [string, string, string];
}) {
  const [stateColumn, unnormalisedColumn, probabilityColumn] = props.columns;
  return (
    <table className="cold-states" data-testid="cold-states">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{stateColumn}</th>
          <th scope="col">{unnormalisedColumn}</th>
          <th scope="col">{probabilityColumn}</th>
        </tr>
      </thead>
      <tbody>
        {props.states.map((s) => (
          <tr key={stateName(s)} className={s.consistent ? undefined : 'cold-states__ruled-out'}>
            <th scope="row">{stateName(s)}</th>
            <td data-testid={`cold-unnormalised-${stateName(s)}`}>{formatNumber(s.unnormalised, 6)}</td>
            <td data-testid={`cold-probability-${stateName(s)}`}>
              {s.probability === null ? '—' : formatNumber(s.probability, 4)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
