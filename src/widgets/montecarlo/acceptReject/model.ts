/**
 * The rejection widget's computation, in one pure function: state → core calls → typed arrays for drawing.
 * No maths of its own beyond wiring: the sampler, the envelope check and the integrals come from the core.
 */

import {
  checkEnvelope,
  createRng,
  type EnvelopeCheck,
  integrateMinimum,
  integrateNonNegative,
  normalDistribution,
  type Proposal1D,
  type RejectionResult,
  rejectionSample,
  uniformDistribution,
} from '../../../core';
import { restrictedDensity1D } from '../../common/inputs/formula/gridCheck';
import type { TypedDensity } from '../../common/inputs/formula/parseFormula';
import { BIMODAL, BIMODAL_FULL_RANGE, RANGE_1D } from '../targets';

export const GRID_POINTS = 481;

export interface RejectionInput {
  /** The built-in mixture, or the reader's formula (already parsed and grid-checked). */
  typed: TypedDensity | null;
  proposal: 'normal' | 'uniform';
  centre: number;
  /** σ of the normal proposal, or the half-width of the uniform one. */
  width: number;
  k: number;
  n: number;
  seed: number;
}

export interface RejectionModel {
  /** x of the plotting grid, and on it: p̃, k q, the normalised p, and (envelope broken) the law actually sampled. */
  xs: Float64Array;
  target: Float64Array;
  envelope: Float64Array;
  normalisedTarget: Float64Array;
  sampledDensity: Float64Array | null;
  /** Z = ∫ p̃: exactly 1 for the mixture, by quadrature for a typed formula. */
  z: number;
  zIsNumerical: boolean;
  check: EnvelopeCheck;
  /** Where the envelope was checked. */
  checkedRange: { min: number; max: number };
  run: RejectionResult;
  /** Acceptance probability in theory: Z/k, or ∫ min(p̃, k q)/k when the envelope fails (numerical). */
  expectedRate: number;
  expectedRateIsNumerical: boolean;
  envelopeHolds: boolean;
  /** accepted among the first m proposals: acceptedBefore[m]. */
  acceptedBefore: Uint32Array;
  /** A typed formula met a negative or non-finite value between grid points while sampling. */
  badValueAt: number | null;
}

export function makeProposal(kind: 'normal' | 'uniform', centre: number, width: number): Proposal1D {
  return kind === 'normal'
    ? normalDistribution(centre, width)
    : uniformDistribution(centre - width, centre + width);
}

export function computeRejection(input: RejectionInput): RejectionModel {
  let badValueAt: number | null = null;
  const pTilde = input.typed
    ? restrictedDensity1D(input.typed, RANGE_1D, (x) => {
        badValueAt = x;
      })
    : BIMODAL.pdf;
  const proposal = makeProposal(input.proposal, input.centre, input.width);
  const k = input.k;
  // Integrals run over the whole support: the plotted range for a typed formula (it is 0 outside), and a range
  // wide enough to hold all of the mixture's mass. The uniform proposal's ends are jumps of k q.
  const support = input.typed ? RANGE_1D : BIMODAL_FULL_RANGE;
  const breaks = input.proposal === 'uniform' ? [input.centre - input.width, input.centre + input.width] : [];

  const check = checkEnvelope(pTilde, proposal.pdf, k, support, input.typed ? 2401 : 6001);
  const run = rejectionSample(createRng(input.seed), { target: pTilde, proposal, k, n: input.n });
  const envelopeHolds = check.verdict === 'ok' && run.violations === 0;

  const z = input.typed ? integrateNonNegative(pTilde, support.min, support.max).value : 1;
  const kq = (x: number) => k * proposal.pdf(x);
  const sampledMass = envelopeHolds
    ? z
    : integrateMinimum(pTilde, kq, support.min, support.max, breaks).value;

  const xs = new Float64Array(GRID_POINTS);
  const target = new Float64Array(GRID_POINTS);
  const envelope = new Float64Array(GRID_POINTS);
  const normalisedTarget = new Float64Array(GRID_POINTS);
  const sampledDensity = envelopeHolds ? null : new Float64Array(GRID_POINTS);
  for (let i = 0; i < GRID_POINTS; i++) {
    const x = RANGE_1D.min + ((RANGE_1D.max - RANGE_1D.min) * i) / (GRID_POINTS - 1);
    xs[i] = x;
    target[i] = pTilde(x);
    envelope[i] = kq(x);
    normalisedTarget[i] = target[i] / z;
    if (sampledDensity)
      sampledDensity[i] = sampledMass > 0 ? Math.min(target[i], envelope[i]) / sampledMass : 0;
  }

  const acceptedBefore = new Uint32Array(run.proposalsMade + 1);
  for (let i = 0; i < run.proposalsMade; i++) acceptedBefore[i + 1] = acceptedBefore[i] + run.accepted[i];

  return {
    xs,
    target,
    envelope,
    normalisedTarget,
    sampledDensity,
    z,
    zIsNumerical: input.typed !== null,
    check,
    checkedRange: support,
    run,
    expectedRate: sampledMass / k,
    expectedRateIsNumerical: input.typed !== null || !envelopeHolds,
    envelopeHolds,
    acceptedBefore,
    badValueAt,
  };
}
