import { formatNumber } from '../../common/lang';
import { Z_DIGITS } from './formulas';
import { NumberTable } from './NumberTable';
import { indexed } from './strings';

/** The three 1-D integrals ∫₀¹ e^{b_i x} dx by quadrature next to (e^{b_i} − 1)/b_i, and their product Z. */
export function QuadratureTable(props: {
  b: readonly number[];
  quadrature: readonly number[];
  closed: readonly number[];
  z: number;
  caption: string;
  columns: [string, string, string, string];
  product: string;
}) {
  return (
    <NumberTable
      caption={props.caption}
      columns={props.columns}
      testId="domain-quadrature"
      total={
        <tr>
          <th scope="row" colSpan={2}>
            {props.product}
          </th>
          <td data-testid="domain-quadrature-z">{formatNumber(props.z, Z_DIGITS)}</td>
          <td />
        </tr>
      }
    >
      {props.b.map((bi, i) => (
        <tr key={indexed('x', i + 1)}>
          <th scope="row">{indexed('x', i + 1)}</th>
          <td>{formatNumber(bi, 3)}</td>
          <td>{formatNumber(props.quadrature[i], Z_DIGITS)}</td>
          <td>{formatNumber(props.closed[i], Z_DIGITS)}</td>
        </tr>
      ))}
    </NumberTable>
  );
}
