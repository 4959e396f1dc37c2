import type { ReactNode } from 'react';

/** The frame of the widget's tables: a caption, one header row of column titles, the rows, and a total row. */
export function NumberTable(props: {
  caption: string;
  columns: readonly string[];
  testId: string;
  children: ReactNode;
  total: ReactNode;
}) {
  return (
    <table className="domain-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
      <tfoot>{props.total}</tfoot>
    </table>
  );
}
