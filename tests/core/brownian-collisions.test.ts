import { describe, expect, it } from 'vitest';
import {
  BOLTZMANN_CONSTANT_MODEL,
  COLLISION_MODEL_PARAMETERS,
  CollisionModel,
  createCollisionModel,
} from '../../src/core/brownian/collisions';
import { createRng } from '../../src/core/random';
import { ksCriticalValue, ksStatistic, normalCdf } from '../../src/core/stats';

/** Σ m|v| over all particles: the natural scale for momentum errors (total momentum itself is ≈ 0). */
function momentumScale(m: CollisionModel): number {
  let s = 0;
  for (let i = 0; i < m.moleculeCount; i++)
    s += m.moleculeMass * Math.hypot(m.moleculeVx[i], m.moleculeVy[i]);
  return s + m.grainMass * Math.hypot(m.grainVx, m.grainVy);
}

function conservationRun(model: CollisionModel, steps: number, dt: number) {
  const e0 = model.kineticEnergy();
  const p0 = model.momentum();
  let grainAtWall = 0;
  for (let k = 0; k < steps; k++) {
    model.step(dt);
    const R = model.grainRadius;
    const L = model.boxSize;
    if (
      model.grainX < R + 0.05 ||
      model.grainX > L - R - 0.05 ||
      model.grainY < R + 0.05 ||
      model.grainY > L - R - 0.05
    )
      grainAtWall++;
  }
  const p1 = model.momentum();
  const scale = momentumScale(model);
  return {
    energyError: Math.abs(model.kineticEnergy() - e0) / e0,
    momentumError: Math.hypot(p1.px - p0.px - model.wallImpulseX, p1.py - p0.py - model.wallImpulseY) / scale,
    wallImpulse: Math.hypot(model.wallImpulseX, model.wallImpulseY) / scale,
    grainAtWall,
  };
}

describe('collision model: conservation laws', () => {
  it('conserves kinetic energy to 1e-9 (relative) over 2000 steps with collisions and wall bounces', () => {
    const model = createCollisionModel(createRng(1), { moleculeCount: 2000 });
    const r = conservationRun(model, 2000, 0.5);
    expect(model.collisionCount).toBeGreaterThan(500);
    expect(r.wallImpulse).toBeGreaterThan(1e-3); // the walls did push
    expect(r.energyError).toBeLessThan(1e-9);
    // momentum changes only by what the walls give: P(t) − P(0) − J_walls = 0 (relative to Σ m|v|)
    expect(r.momentumError).toBeLessThan(1e-9);
  });

  it('still conserves both when a light, hot grain keeps hitting the walls of a small box', () => {
    const model = createCollisionModel(createRng(2), {
      boxSize: 20,
      grainRadius: 6,
      grainArealDensity: 1,
      temperature: 2000,
      moleculeCount: 30, // a thin gas, so nothing shields the grain from the walls
    });
    const r = conservationRun(model, 3000, 0.2);
    expect(r.grainAtWall).toBeGreaterThan(10); // the grain-wall code path really ran
    expect(r.energyError).toBeLessThan(1e-9);
    expect(r.momentumError).toBeLessThan(1e-9);
  });

  it('in a box too big to reach the walls, grain–molecule collisions alone conserve momentum (1e-9)', () => {
    // molecules within 30 nm of the grain in a 1000 nm box, flying inwards: none reaches a wall in 100 steps
    const model = new CollisionModel(createRng(3), { boxSize: 1000, moleculeCount: 0, grainRadius: 5 });
    const rng = createRng(33);
    const n = 300;
    const gas = {
      x: new Float64Array(n),
      y: new Float64Array(n),
      vx: new Float64Array(n),
      vy: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      const ang = 2 * Math.PI * rng.uniform();
      const r = 8 + 20 * rng.uniform();
      gas.x[i] = 500 + r * Math.cos(ang);
      gas.y[i] = 500 + r * Math.sin(ang);
      gas.vx[i] = -0.3 * Math.cos(ang) + 0.1 * rng.normal();
      gas.vy[i] = -0.3 * Math.sin(ang) + 0.1 * rng.normal();
    }
    model.setMolecules(gas);
    expect(model.moleculeCount).toBe(n);
    const r = conservationRun(model, 100, 0.5);
    expect(model.collisionCount).toBeGreaterThan(100);
    expect(model.wallImpulseX).toBe(0);
    expect(model.wallImpulseY).toBe(0);
    expect(r.momentumError).toBeLessThan(1e-9);
    expect(r.energyError).toBeLessThan(1e-9);
  });

  it('leaves no molecule inside the grain or outside the box', () => {
    const model = createCollisionModel(createRng(4), { moleculeCount: 1500, temperature: 1500 });
    for (let k = 0; k < 500; k++) model.step(1);
    const rho = model.grainRadius + model.moleculeRadius;
    for (let i = 0; i < model.moleculeCount; i++) {
      const d = Math.hypot(model.moleculeX[i] - model.grainX, model.moleculeY[i] - model.grainY);
      expect(d).toBeGreaterThanOrEqual(rho * (1 - 1e-12));
      expect(model.moleculeX[i]).toBeGreaterThanOrEqual(model.moleculeRadius);
      expect(model.moleculeX[i]).toBeLessThanOrEqual(model.boxSize - model.moleculeRadius);
    }
  });
});

describe('collision model: Maxwell–Boltzmann gas', () => {
  const T = 450;
  const model = createCollisionModel(createRng(5), { moleculeCount: 5000, temperature: T });
  const m = model.moleculeMass;
  const sigma = Math.sqrt((BOLTZMANN_CONSTANT_MODEL * T) / m); // nm/ps
  const n = model.moleculeCount;
  const crit = ksCriticalValue(n, 0.001);

  it('starts with v_x ~ N(0, k_B T/m) and speed ~ Rayleigh(√(k_B T/m)): KS at α = 0.001', () => {
    const vx = model.moleculeVx.subarray(0, n);
    expect(ksStatistic(vx, (v) => normalCdf(v / sigma))).toBeLessThan(crit);
    const speed = new Float64Array(n);
    for (let i = 0; i < n; i++) speed[i] = Math.hypot(model.moleculeVx[i], model.moleculeVy[i]);
    // 2-D speed distribution: F(v) = 1 − exp(−v²/(2σ²))
    expect(
      ksStatistic(speed, (v) => (v <= 0 ? 0 : -Math.expm1((-v * v) / (2 * sigma * sigma)))),
    ).toBeLessThan(crit);
    // kinetic temperature Σ½mv²/(N k_B) within 5 SE of T (½mv²/k_BT ~ Exp(1): SE = T/√N)
    expect(Math.abs(model.gasTemperature() - T)).toBeLessThan((5 * T) / Math.sqrt(n));
  });

  it('keeps v_y Maxwell–Boltzmann after 600 steps of bouncing: KS at α = 0.001', () => {
    for (let k = 0; k < 600; k++) model.step(0.5);
    const vy = model.moleculeVy.subarray(0, n);
    expect(ksStatistic(vy, (v) => normalCdf(v / sigma))).toBeLessThan(crit);
  });
});

describe('collision model: the grain', () => {
  /** Mean of |X(t) − X(0)|² over seeds 1…4 after 600 steps of 0.5 ps, 1000 molecules. */
  function meanSquaredDisplacement(options: { temperature?: number; grainRadius?: number }): number {
    let sum = 0;
    const seeds = [1, 2, 3, 4];
    for (const seed of seeds) {
      const model = createCollisionModel(createRng(seed), { moleculeCount: 1000, ...options });
      for (let k = 0; k < 600; k++) model.step(0.5);
      sum += model.grainSquaredDisplacement();
    }
    return sum / seeds.length;
  }

  it('is livelier in a hotter gas: 4-seed mean MSD at 1000 K > 3 × at 100 K', () => {
    // Theory: every velocity scales with √T, so the hot run is the cold run played √10 × faster;
    // the MSD grows at least linearly in time, so the expected ratio is ≥ 10 (we ask for 3;
    // seeds 1–4, 11–14, 21–24, 31–34 gave 8.9–13).
    expect(meanSquaredDisplacement({ temperature: 1000 })).toBeGreaterThan(
      3 * meanSquaredDisplacement({ temperature: 100 }),
    );
  });

  it('jitters less when bigger: 4-seed mean MSD at R = 2 nm > 3 × at R = 10 nm', () => {
    // Mass ∝ R² and friction ∝ R: both slow the big grain (seeds as above gave ratios 11–25).
    expect(meanSquaredDisplacement({ grainRadius: 2 })).toBeGreaterThan(
      3 * meanSquaredDisplacement({ grainRadius: 10 }),
    );
  });

  it('reaches equipartition: its time-averaged kinetic temperature is the gas temperature within 20 %', () => {
    const model = createCollisionModel(createRng(9), {
      boxSize: 45,
      moleculeCount: 400,
      grainArealDensity: 10,
      temperature: 300,
    });
    for (let k = 0; k < 400; k++) model.step(0.5); // the grain starts at rest: let it warm up
    let sum = 0;
    const steps = 6000;
    for (let k = 0; k < steps; k++) {
      model.step(0.5);
      sum += model.grainTemperature();
    }
    expect(Math.abs(sum / steps - model.gasTemperature()) / model.gasTemperature()).toBeLessThan(0.2);
  });

  it('keeps a trail in time order and a time-averaged MSD with the right lag time', () => {
    const model = createCollisionModel(createRng(10), { moleculeCount: 500, trailCapacity: 100 });
    for (let k = 0; k < 250; k++) model.step(0.5);
    expect(model.trailLength).toBe(100);
    const xs = new Float64Array(100);
    const ys = new Float64Array(100);
    const ts = new Float64Array(100);
    expect(model.copyTrail(xs, ys, ts)).toBe(100);
    for (let k = 1; k < 100; k++) expect(ts[k] - ts[k - 1]).toBeCloseTo(0.5, 12);
    expect(xs[99]).toBe(model.grainX);
    expect(ys[99]).toBe(model.grainY);
    const est = model.grainMsdAtLag(10);
    expect(est.pairs).toBe(90);
    expect(est.lagTime).toBeCloseTo(5, 10);
    // brute force over the copied trail
    let s = 0;
    for (let k = 0; k + 10 < 100; k++) s += (xs[k + 10] - xs[k]) ** 2 + (ys[k + 10] - ys[k]) ** 2;
    expect(est.msd).toBeCloseTo(s / 90, 12);
    expect(() => model.grainMsdAtLag(100)).toThrow(RangeError);
  });
});

describe('collision model: parameters and setters', () => {
  it('setTemperature rescales the kinetic energy by T_new/T_old exactly', () => {
    const model = createCollisionModel(createRng(11), { moleculeCount: 1000, temperature: 300 });
    for (let k = 0; k < 50; k++) model.step(0.5);
    const e0 = model.kineticEnergy();
    model.setTemperature(1200);
    expect(model.temperature).toBe(1200);
    expect(model.kineticEnergy() / e0).toBeCloseTo(4, 12);
    model.setTemperature(1e9); // clamped
    expect(model.temperature).toBe(COLLISION_MODEL_PARAMETERS.temperature.max);
  });

  it('setMoleculeCount adds Maxwell–Boltzmann molecules outside the grain and removes from the end', () => {
    const model = createCollisionModel(createRng(12), { moleculeCount: 100 });
    model.setMoleculeCount(3000);
    expect(model.moleculeCount).toBe(3000);
    const rho = model.grainRadius + model.moleculeRadius;
    for (let i = 0; i < 3000; i++) {
      expect(
        Math.hypot(model.moleculeX[i] - model.grainX, model.moleculeY[i] - model.grainY),
      ).toBeGreaterThan(rho);
    }
    const sigma = Math.sqrt((BOLTZMANN_CONSTANT_MODEL * model.temperature) / model.moleculeMass);
    const added = model.moleculeVx.subarray(100, 3000);
    expect(ksStatistic(added, (v) => normalCdf(v / sigma))).toBeLessThan(ksCriticalValue(2900, 0.001));
    model.setMoleculeCount(10);
    expect(model.moleculeCount).toBe(10);
  });

  it('setGrainRadius moves covered molecules out, scales the mass with the area, keeps the grain energy', () => {
    const model = createCollisionModel(createRng(13), { moleculeCount: 2000, grainRadius: 3 });
    for (let k = 0; k < 100; k++) model.step(0.5);
    const m0 = model.grainMass;
    const ke0 = model.grainMass * (model.grainVx ** 2 + model.grainVy ** 2);
    model.setGrainRadius(12);
    expect(model.grainRadius).toBe(12);
    expect(model.grainMass / m0).toBeCloseTo(16, 12);
    expect(model.grainMass * (model.grainVx ** 2 + model.grainVy ** 2)).toBeCloseTo(ke0, 10);
    const rho = model.grainRadius + model.moleculeRadius;
    for (let i = 0; i < model.moleculeCount; i++) {
      expect(
        Math.hypot(model.moleculeX[i] - model.grainX, model.moleculeY[i] - model.grainY),
      ).toBeGreaterThanOrEqual(rho);
    }
  });

  it('rejects non-finite input with a RangeError and is deterministic given the seed', () => {
    expect(() => createCollisionModel(createRng(1), { temperature: Number.NaN })).toThrow(RangeError);
    const model = createCollisionModel(createRng(1), { moleculeCount: 10 });
    expect(() => model.setGrainRadius(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => model.step(Number.NaN)).toThrow(RangeError);
    const a = createCollisionModel(createRng(21), { moleculeCount: 300 });
    const b = createCollisionModel(createRng(21), { moleculeCount: 300 });
    for (let k = 0; k < 100; k++) {
      a.step(0.5);
      b.step(0.5);
    }
    expect(a.grainX).toBe(b.grainX);
    expect(Array.from(a.moleculeVy.subarray(0, 300))).toEqual(Array.from(b.moleculeVy.subarray(0, 300)));
  });
});
