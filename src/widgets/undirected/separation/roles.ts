import { formatNodeSet, nodeSetNotice, parseNodeSet } from '../../common/graph';
import type { ParamNotice } from '../../common/state/urlParams';

/** The reader's query on the graph, 0-based: A and B (distinct), the observed set S (without A, B), a blanket node. */
export interface Roles {
  a: number;
  b: number;
  observed: number[];
  blanket: number | null;
}

/** The roles as the URL holds them: node numbers from 1, S as `2.5`, blanket 0 for none. */
export interface RawRoles {
  a: number;
  b: number;
  observed: string;
  blanket: number;
}

/**
 * Fit the URL's roles to a graph of n nodes: a node beyond n moves to the last node, B = A moves B to the first
 * other node, and S loses anything that is not a node or is A or B. Every repair is also returned as a notice
 * (shown for the values a link brought; the same repairs keep the roles valid when the reader removes nodes).
 */
export function resolveRoles(n: number, raw: RawRoles): { roles: Roles; repairs: ParamNotice[] } {
  const repairs: ParamNotice[] = [];
  const fitNode = (param: 'a' | 'b', value: number) => {
    if (value <= n) return value - 1;
    repairs.push({ param, raw: String(value), used: String(n), reason: 'above-maximum' });
    return n - 1;
  };
  const a = fitNode('a', raw.a);
  let b = fitNode('b', raw.b);
  if (b === a) {
    b = a === 0 ? 1 : 0;
    repairs.push({ param: 'b', raw: String(raw.b), used: String(b + 1), reason: 'not-an-option' });
  }
  const parsed = parseNodeSet(raw.observed, n);
  const observed = parsed.nodes.filter((v) => v !== a && v !== b);
  const dropped = [
    ...parsed.rejected,
    ...parsed.nodes.filter((v) => v === a || v === b).map((v) => String(v + 1)),
  ];
  const notice = nodeSetNotice('observed', dropped, observed);
  if (notice) repairs.push(notice);
  let blanket: number | null = raw.blanket === 0 ? null : raw.blanket - 1;
  if (blanket !== null && blanket >= n) {
    repairs.push({ param: 'blanket', raw: String(raw.blanket), used: '0', reason: 'above-maximum' });
    blanket = null;
  }
  return { roles: { a, b, observed, blanket }, repairs };
}

/** The roles back in URL form. */
export function rawRoles(roles: Roles): RawRoles {
  return {
    a: roles.a + 1,
    b: roles.b + 1,
    observed: formatNodeSet(roles.observed),
    blanket: roles.blanket === null ? 0 : roles.blanket + 1,
  };
}
