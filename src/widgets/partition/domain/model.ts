import {
  type DivergentSide,
  type FieldDomain,
  type FieldPartition,
  fieldPartitionByListing,
  fieldPartitionByQuadrature,
  fieldPartitionClosedForm,
  type ListedState,
  realLineVerdicts,
} from '../../../core';

/** Z computed without the closed form: by listing the states, by quadrature, or (on ℝ³) the quadrature's verdict. */
export type IndependentZ =
  | { kind: 'listing'; states: ListedState[]; z: number }
  | { kind: 'quadrature'; factors: number[]; z: number; relativeError: number }
  | { kind: 'verdicts'; sides: DivergentSide[] };

/** What is drawn for x₁: two bars (discrete), a density on [0, 1], or, on ℝ, the unnormalised weight only. */
export type FirstMarginal =
  | { kind: 'bars'; values: readonly [number, number]; probabilities: [number, number] }
  | { kind: 'density'; b: number; z: number }
  | { kind: 'none'; b: number; side: DivergentSide };

export interface DomainView {
  closed: FieldPartition;
  independent: IndependentZ;
  marginal: FirstMarginal;
}

/**
 * The closed form of Z, an independent computation of it (core), and the marginal of x₁ — which, since p̃ is a
 * product, is e^{b₁x₁}/Z₁ on every domain where Z exists; for the bars it is summed from the listed states.
 */
export function domainView(b: readonly number[], domain: FieldDomain): DomainView {
  const closed = fieldPartitionClosedForm(b, domain);
  if (domain === 'binary' || domain === 'spin') {
    const listing = fieldPartitionByListing(b, domain);
    const values = domain === 'binary' ? ([0, 1] as const) : ([-1, 1] as const);
    return {
      closed,
      independent: { kind: 'listing', states: listing.states, z: listing.z },
      marginal: { kind: 'bars', values, probabilities: listing.firstMarginal },
    };
  }
  if (domain === 'unit') {
    const quadrature = fieldPartitionByQuadrature(b);
    return {
      closed,
      independent: { kind: 'quadrature', ...quadrature },
      marginal: { kind: 'density', b: b[0], z: quadrature.factors[0] },
    };
  }
  const sides = realLineVerdicts(b);
  return {
    closed,
    independent: { kind: 'verdicts', sides },
    marginal: { kind: 'none', b: b[0], side: sides[0] },
  };
}

/** |a − b| / |b|: how closely the independent Z matches the closed form. */
export function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}
