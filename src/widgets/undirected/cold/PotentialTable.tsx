import { useId, useState } from 'react';
import { formatNumber } from '../../common/lang';
import type { PairTable } from './model';

/** The largest entry accepted: products of two entries stay far inside exact floating point. */
export const MAX_POTENTIAL = 1e6;

export type EntryProblem = 'empty' | 'notANumber' | 'negative' | 'tooLarge';

/** Read what the reader typed as a potential, or say what is wrong with it. */
export function parsePotential(text: string): { value: number } | { problem: EntryProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: /^[-+]?inf/i.test(trimmed) ? 'tooLarge' : 'notANumber' };
  if (value < 0) return { problem: 'negative' };
  if (value > MAX_POTENTIAL) return { problem: 'tooLarge' };
  return { value };
}

export interface PotentialTableProps {
  caption: string;
  table: PairTable;
  /** Row variable (you) and column variable (the other person), as symbols. */
  rowSymbol: string;
  columnSymbol: string;
  entryLabel: (first: string, a: number, second: string, b: number) => string;
  errors: Record<EntryProblem, string>;
  kept: (value: string) => string;
  onChange: (a: 0 | 1, b: 0 | 1, value: number) => void;
  testId: string;
}

/** A 2 × 2 clique table the reader edits. An unusable entry gets a message at the field and changes nothing. */
export function PotentialTable(props: PotentialTableProps) {
  return (
    <table className="potential-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{`${props.rowSymbol} \\ ${props.columnSymbol}`}</th>
          <th scope="col">0</th>
          <th scope="col">1</th>
        </tr>
      </thead>
      <tbody>
        {([0, 1] as const).map((a) => (
          <tr key={a}>
            <th scope="row">{a}</th>
            {([0, 1] as const).map((b) => (
              <td key={b}>
                <PotentialEntry
                  value={props.table[a][b]}
                  label={props.entryLabel(props.rowSymbol, a, props.columnSymbol, b)}
                  errors={props.errors}
                  kept={props.kept}
                  onChange={(value) => props.onChange(a, b, value)}
                  testId={`${props.testId}-${a}${b}`}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PotentialEntry(props: {
  value: number;
  label: string;
  errors: Record<EntryProblem, string>;
  kept: (value: string) => string;
  onChange: (value: number) => void;
  testId: string;
}) {
  const errorId = useId();
  // What the reader is typing; the table's value changes only when the text is a usable potential.
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parsePotential(draft);
  const problem = parsed && 'problem' in parsed ? parsed.problem : null;
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        className="potential-table__entry"
        aria-label={props.label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        value={draft ?? String(props.value)}
        data-testid={props.testId}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = parsePotential(text);
          if ('value' in next) props.onChange(next.value);
        }}
        onBlur={() => {
          if (!problem) setDraft(null); // show the value as the table holds it
        }}
      />
      {problem && (
        <span id={errorId} className="field-error" role="alert">
          {`${props.errors[problem]} (${props.kept(formatNumber(props.value, 6))})`}
        </span>
      )}
    </>
  );
}
