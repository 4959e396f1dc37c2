import type { ListedState } from '../../../core';
import { formatNumber } from '../../common/lang';
import { Z_DIGITS } from './formulas';
import { NumberTable } from './NumberTable';

/** How a value of one variable is written in the table: 0/1, or −1/+1 for spins. */
const valueText = (v: number) => (v < 0 ? '−1' : v === 1 ? '+1' : '0');

/** All 8 states with b·x, p̃ = e^{b·x} and p = p̃/Z, and their sum: Z computed by brute force. */
export function StatesTable(props: {
  states: readonly ListedState[];
  b: readonly number[];
  z: number;
  spins: boolean;
  caption: string;
  columns: [string, string, string, string];
  sum: string;
}) {
  const { states, b } = props;
  const show = (v: number) => (props.spins ? valueText(v) : String(v));
  return (
    <NumberTable
      caption={props.caption}
      columns={props.columns}
      testId="domain-states"
      total={
        <tr>
          <th scope="row" colSpan={2}>
            {props.sum}
          </th>
          <td data-testid="domain-listed-z">{formatNumber(props.z, Z_DIGITS)}</td>
          <td>1</td>
        </tr>
      }
    >
      {states.map((s) => {
        const name = s.x.map(show).join(' ');
        return (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>
              {formatNumber(
                s.x.reduce((sum, xi, i) => sum + b[i] * xi, 0),
                4,
              )}
            </td>
            <td>{formatNumber(s.unnormalised, 6)}</td>
            <td>{formatNumber(s.probability, 4)}</td>
          </tr>
        );
      })}
    </NumberTable>
  );
}
