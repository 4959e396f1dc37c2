import { describe, expect, it } from 'vitest';
import {
  BOLTZMANN_CONSTANT_MODEL,
  createCollisionModel,
  createRng,
  crossoverEstimates,
  LagStatistics,
  logSpacedLags,
} from '../../src/core';
import {
  CHUNK_STEPS,
  COLLISION_MSD_KT,
  type CollisionMsdParams,
  collisionMsd,
  equipartitionMeanSquareVelocity,
  grainMassFor,
} from '../../src/workers/collisionMsd';

const base: CollisionMsdParams = { seed: 3, grainRadius: 5, durationNs: 1.5 };

function runToEnd(params: CollisionMsdParams) {
  const state = collisionMsd.init(params);
  const snapshots = [collisionMsd.progress(state)];
  let steps = 0;
  for (;;) {
    const finished = collisionMsd.step(state);
    steps++;
    snapshots.push(collisionMsd.progress(state));
    if (finished) break;
  }
  return { state, snapshots, steps };
}

describe('the collisionMsd job', () => {
  it('checks its parameters', () => {
    const bad: Partial<CollisionMsdParams>[] = [
      { grainRadius: 1.9 },
      { grainRadius: 15.5 },
      { grainRadius: Number.NaN },
      { durationNs: 0.5 },
      { durationNs: 501 },
      { seed: -1 },
      { seed: 1.5 },
    ];
    for (const change of bad) expect(() => collisionMsd.init({ ...base, ...change })).toThrow(RangeError);
    expect(() => collisionMsd.init(base)).not.toThrow();
  });

  it('equilibrates for one step, then adds chunks of 2000 samples that sum to the duration', () => {
    const { snapshots, steps, state } = runToEnd(base);
    // 1.5 ns = 3000 samples of 0.5 ps: the equilibration step, a full chunk, and a last chunk of 1000
    expect(steps).toBe(3);
    expect(snapshots.map((s) => s.doneNs)).toEqual([0, 0, CHUNK_STEPS * 0.5e-3, 1.5]);
    expect(state.stats.samples).toBe(3000);
    expect(state.model.steps).toBe(CHUNK_STEPS + 3000);
    const last = snapshots[snapshots.length - 1];
    expect(last.totalNs).toBe(1.5);
    expect(last.grainMass).toBe(grainMassFor(5));
    expect(last.lagsPs[0]).toBe(1);
    expect(last.lagsPs[last.lagsPs.length - 1]).toBe(2000);
    // the MSD is filled in up to the data's length: lags beyond 1500 ps have no pair yet
    const filled = Array.from(last.lagsPs).filter((_, l) => Number.isFinite(last.msd[l]));
    expect(Math.max(...filled)).toBeLessThan(1500);
    expect(filled.length).toBeGreaterThan(30);
  });

  it('computes what the core computes on the same gas, step by step', () => {
    const { snapshots } = runToEnd(base);
    const model = createCollisionModel(createRng(3), {
      boxSize: 100,
      temperature: 300,
      grainRadius: 5,
      moleculeCount: 2000,
      capacity: 2000,
      trailCapacity: 2,
    });
    for (let k = 0; k < CHUNK_STEPS; k++) model.step(0.5);
    const stats = new LagStatistics({
      msdLags: logSpacedLags(2, 4000, 40),
      vacfStride: 4,
      vacfCount: 501,
      blocks: 10,
      plannedSamples: 3000,
    });
    for (let k = 0; k < 3000; k++) {
      model.step(0.5);
      stats.add(model.grainX, model.grainY, model.grainVx, model.grainVy);
    }
    const last = snapshots[snapshots.length - 1];
    expect(Array.from(last.msd)).toEqual(Array.from(stats.curves().msd));
    expect(Array.from(last.vacf)).toEqual(Array.from(stats.curves().vacf));
    const direct = crossoverEstimates(stats, {
      timeStep: 0.5,
      kT: BOLTZMANN_CONSTANT_MODEL * 300,
      mass: model.grainMass,
    });
    expect(last.estimates).toEqual(direct);
  });

  it('sends snapshots that share no buffer with the state and survive a transfer', () => {
    const state = collisionMsd.init({ ...base, durationNs: 1 });
    collisionMsd.step(state);
    collisionMsd.step(state);
    const first = collisionMsd.progress(state);
    const second = collisionMsd.progress(state);
    expect(first.msd.buffer).not.toBe(second.msd.buffer);
    const transfer = collisionMsd.transferables?.(first) ?? [];
    expect(new Set(transfer).size).toBe(3);
    const sent = structuredClone(first, { transfer });
    expect(Array.from(sent.msd)).toEqual(Array.from(second.msd));
    expect(first.msd.length).toBe(0); // transferred away
  });

  it('states ⟨V²⟩ = 2k_BT/M from equipartition for the ballistic guide', () => {
    expect(equipartitionMeanSquareVelocity(5)).toBeCloseTo((2 * COLLISION_MSD_KT) / grainMassFor(5), 15);
    const model = createCollisionModel(createRng(1), { grainRadius: 7.5 });
    expect(grainMassFor(7.5)).toBeCloseTo(model.grainMass, 9);
  });
});
