/**
 * Counting all 2ⁿ states of a small Ising model for its exact log Z (chapter 3), one chunk of Gray-code states per
 * step, as a job for a worker. The model is a pure function of the parameters (seeded couplings and fields), so
 * the widget draws exactly the model the job sums; only the timings are not reproducible.
 */

import {
  chainEdges,
  createRng,
  filledGridEdges,
  type GrayPartial,
  type IsingSpec,
  isingGrayChunk,
  mergePartials,
  type PreparedIsing,
  partialLog,
  prepareIsing,
  randomIsingOptions,
} from '../core';
import type { JobDefinition } from './protocol';

export type PartitionLayout = 'chain' | 'grid';

export interface PartitionCountParams {
  /** An open chain, or a grid of GRID_ROWS rows filled column by column. */
  layout: PartitionLayout;
  /** Spins, 2…24. */
  n: number;
  /** Seeds the couplings and fields. */
  seed: number;
}

export interface PartitionCountProgress {
  layout: PartitionLayout;
  n: number;
  seed: number;
  /** States summed so far, of `total` = 2ⁿ. */
  done: number;
  total: number;
  /** log of the sum of p̃ over the states done: log Z itself once done = total. */
  logZ: number;
  /** Time spent summing (the steps alone, not the pauses between them), in ms. */
  elapsedMs: number;
  /** done / elapsed time (0 before anything was timed). */
  statesPerSecond: number;
}

export interface PartitionCountState {
  readonly params: PartitionCountParams;
  readonly ising: PreparedIsing;
  readonly total: number;
  done: number;
  partial: GrayPartial;
  elapsedMs: number;
}

export const PARTITION_SPINS = { min: 2, max: 24 } as const;
/** Rows of the grid layout. */
export const GRID_ROWS = 4;
/** Couplings uniform in [−1, 1], fields in [−0.5, 0.5]. */
export const COUPLING_SCALE = 1;
export const FIELD_SCALE = 0.5;
/** States per step: about a millisecond, so Cancel is seen within a few ms and progress flows smoothly. */
export const CHUNK_STATES = 2 ** 16;

function check(ok: boolean, message: string) {
  if (!ok) throw new RangeError(message);
}

function checkParams(p: PartitionCountParams) {
  const { min, max } = PARTITION_SPINS;
  check(
    p.layout === 'chain' || p.layout === 'grid',
    `layout must be 'chain' or 'grid', got ${String(p.layout)}`,
  );
  check(
    Number.isInteger(p.n) && p.n >= min && p.n <= max,
    `n must be an integer in ${min}…${max}, got ${p.n}`,
  );
  check(Number.isInteger(p.seed), `seed must be an integer, got ${p.seed}`);
}

/** The model the widget draws and the job sums: its edges, one coupling per edge and one field per spin. */
export function partitionModel(params: PartitionCountParams): IsingSpec {
  checkParams(params);
  const { layout, n, seed } = params;
  const edges = layout === 'chain' ? chainEdges(n) : filledGridEdges(n, GRID_ROWS);
  const { coupling, field } = randomIsingOptions(createRng(seed), edges.length, n, {
    coupling: COUPLING_SCALE,
    field: FIELD_SCALE,
  });
  return { n, edges, couplings: coupling, fields: field };
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export const partitionCount: JobDefinition<
  PartitionCountParams,
  PartitionCountState,
  PartitionCountProgress
> = {
  name: 'partitionCount',

  init(params) {
    const ising = prepareIsing(partitionModel(params));
    return {
      params: { layout: params.layout, n: params.n, seed: params.seed },
      ising,
      total: 2 ** params.n,
      done: 0,
      partial: { reference: Number.NEGATIVE_INFINITY, sum: 0 },
      elapsedMs: 0,
    };
  },

  step(state) {
    const started = clock();
    const count = Math.min(CHUNK_STATES, state.total - state.done);
    state.partial = mergePartials(state.partial, isingGrayChunk(state.ising, state.done, count));
    state.done += count;
    state.elapsedMs += clock() - started;
    return state.done >= state.total;
  },

  progress(state) {
    const { layout, n, seed } = state.params;
    const seconds = state.elapsedMs / 1000;
    return {
      layout,
      n,
      seed,
      done: state.done,
      total: state.total,
      logZ: partialLog(state.partial),
      elapsedMs: state.elapsedMs,
      statesPerSecond: seconds > 0 ? state.done / seconds : 0,
    };
  },
};
