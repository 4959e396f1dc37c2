import { describe, expect, it } from 'vitest';
import {
  createLandscape,
  densityGrid,
  energyGrid,
  growthRate,
  type LandscapeExpert,
  landscapeMinimum,
  landscapePartition,
  massWithin,
  normalCdf,
  planeVerdict,
} from '../../../src/core';

const bowl = (c: [number, number], s: number): LandscapeExpert => ({
  kind: 'bowl',
  c,
  strength: s,
  angle: 0,
});
const dip = (c: [number, number], a: number): LandscapeExpert => ({ kind: 'dip', c, strength: a, angle: 0 });
const wall = (c: [number, number], k: number, angle: number): LandscapeExpert => ({
  kind: 'wall',
  c,
  strength: k,
  angle,
});
const half = (c: [number, number], k: number, angle: number): LandscapeExpert => ({
  kind: 'half-plane',
  c,
  strength: k,
  angle,
});

function logZOf(experts: LandscapeExpert[], T: number, domain: 'box' | 'plane'): number {
  const r = landscapePartition(experts, T, domain);
  if (r.kind !== 'finite') throw new Error('expected a finite Z');
  return r.logZ;
}

describe('energy and gradient', () => {
  it('the gradient matches central differences for every kind', () => {
    const L = createLandscape([
      bowl([0.5, -1], 0.8),
      dip([1, 1], 2),
      wall([0, 0.3], 1.5, 0.7),
      half([-1, 0], 2, 2.2),
    ]);
    const g = [0, 0];
    for (const [x, y] of [
      [0.3, 0.2],
      [-2, 1.5],
      [1.2, -2.4],
    ]) {
      L.gradient(x, y, g);
      const h = 1e-6;
      expect(g[0]).toBeCloseTo((L.energy(x + h, y) - L.energy(x - h, y)) / (2 * h), 5);
      expect(g[1]).toBeCloseTo((L.energy(x, y + h) - L.energy(x, y - h)) / (2 * h), 5);
    }
  });
});

describe('the exact verdict on ℝ²', () => {
  it('a bowl confines; dips alone or nothing confine nothing', () => {
    expect(planeVerdict([bowl([0, 0], 1)]).kind).toBe('finite');
    const d = planeVerdict([dip([0, 0], 3)]);
    expect(d.kind === 'divergent' && d.everyDirection).toBe(true);
    expect(planeVerdict([]).kind).toBe('divergent');
  });

  it('one wall leaves ±w⊥ unconfined; two non-parallel walls confine', () => {
    const one = planeVerdict([wall([0, 0], 1, 0)]); // w = (1, 0): free along x₂
    expect(one.kind).toBe('divergent');
    if (one.kind === 'divergent') {
      expect(one.directions).toHaveLength(2);
      for (const u of one.directions) expect(Math.abs(u[0])).toBeLessThan(1e-12);
    }
    expect(planeVerdict([wall([0, 0], 1, 0), wall([1, 1], 2, 0.3)]).kind).toBe('finite');
    // parallel walls (θ and θ + π are the same line) still leave the line's direction free
    expect(planeVerdict([wall([0, 0], 1, 0.4), wall([1, 0], 1, 0.4 + Math.PI)]).kind).toBe('divergent');
  });

  it('half-planes: a cone is free unless the normals surround the origin', () => {
    // one half-plane pushing back on x₁ > 0: the whole side x₁ < 0 is free (−w and ±w⊥ all qualify)
    const one = planeVerdict([half([0, 0], 2, 0)]);
    expect(one.kind === 'divergent' && one.directions.some((u) => u[0] < -0.99)).toBe(true);
    // two opposite half-planes: a slab, free along x₂ both ways
    const slab = planeVerdict([half([1, 0], 2, 0), half([-1, 0], 2, Math.PI)]);
    expect(slab.kind === 'divergent' && slab.directions.length).toBe(2);
    // normals at 0°, 120°, 240° surround the origin: confined
    expect(
      planeVerdict([
        half([0, 0], 1, 0),
        half([0, 0], 1, (2 * Math.PI) / 3),
        half([0, 0], 1, (4 * Math.PI) / 3),
      ]).kind,
    ).toBe('finite');
    // normals at 0° and 90° (the corner preset's kind): the quadrant x₁ ≤ 0, x₂ ≤ 0 is free
    const corner = planeVerdict([half([0, 0], 1, 0), half([0, 0], 1, Math.PI / 2), dip([0, 0], 3)]);
    expect(corner.kind).toBe('divergent');
    if (corner.kind === 'divergent')
      for (const u of corner.directions) expect(u[0] <= 1e-12 && u[1] <= 1e-12).toBe(true);
    // a wall along x₂ plus a half-plane closing x₂ > 0: the ray x₂ → −∞ stays free
    const ray = planeVerdict([wall([0, 0], 1, 0), half([0, 0], 1, Math.PI / 2)]);
    expect(ray.kind === 'divergent' && ray.directions.length === 1 && ray.directions[0][1] < -0.99).toBe(
      true,
    );
    // …and a second half-plane closing x₂ < 0 confines it
    expect(
      planeVerdict([wall([0, 0], 1, 0), half([0, 0], 1, Math.PI / 2), half([0, 2], 1, -Math.PI / 2)]).kind,
    ).toBe('finite');
  });

  it('q(u) is zero along every unconfined direction and positive elsewhere (brute force over 3600 angles)', () => {
    const sets = [
      [wall([0, 0], 1, 0.3)],
      [half([0, 0], 1, 0), half([0, 0], 1, 1)],
      [wall([0, 0], 1, 0), half([0, 1], 1, 2)],
    ];
    for (const experts of sets) {
      const v = planeVerdict(experts);
      expect(v.kind).toBe('divergent');
      if (v.kind === 'divergent')
        for (const u of v.directions) expect(growthRate(experts, u)).toBeLessThan(1e-20);
    }
    const confined = [half([0, 0], 1, 0), half([0, 0], 1, 2.5), half([0, 0], 1, 4)];
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3600; i++)
      min = Math.min(min, growthRate(confined, [Math.cos(i / 573), Math.sin(i / 573)]));
    expect(min).toBeGreaterThan(0);
    expect(planeVerdict(confined).kind).toBe('finite');
  });
});

describe('log Z against closed forms', () => {
  it('one bowl on ℝ²: Z = 2π s² T', () => {
    for (const [s, T] of [
      [1, 1],
      [0.5, 0.05],
      [2, 20],
    ]) {
      expect(logZOf([bowl([0.7, -1.2], s)], T, 'plane')).toBeCloseTo(Math.log(2 * Math.PI * s * s * T), 6);
    }
  });

  it('two bowls on ℝ²: a Gaussian of precision 1/s₁² + 1/s₂² (completing the square)', () => {
    const [s1, s2] = [0.8, 1.5];
    const c1: [number, number] = [-1, 0.5];
    const c2: [number, number] = [2, -1];
    const T = 0.7;
    const a1 = 1 / (2 * s1 * s1);
    const a2 = 1 / (2 * s2 * s2);
    const d2 = (c1[0] - c2[0]) ** 2 + (c1[1] - c2[1]) ** 2;
    // a1|x−c1|² + a2|x−c2|² = (a1+a2)|x − m|² + a1a2/(a1+a2)|c1−c2|²
    const exact = Math.log((Math.PI * T) / (a1 + a2)) - (a1 * a2 * d2) / ((a1 + a2) * T);
    expect(logZOf([bowl(c1, s1), bowl(c2, s2)], T, 'plane')).toBeCloseTo(exact, 6);
  });

  it('two non-parallel walls on ℝ²: a Gaussian with precision 2Σ k w wᵀ / T', () => {
    const walls = [wall([0.5, 0], 1.2, 0.2), wall([0, -0.5], 0.4, 1.9)];
    const T = 1.5;
    // E = Σ k (wᵀx − wᵀc)²: Z = π T / √det(Σ k w wᵀ) (the shift does not matter)
    let a = 0;
    let b = 0;
    let d = 0;
    for (const w of walls) {
      const [x, y] = [Math.cos(w.angle), Math.sin(w.angle)];
      a += w.strength * x * x;
      b += w.strength * x * y;
      d += w.strength * y * y;
    }
    const exact = Math.log((Math.PI * T) / Math.sqrt(a * d - b * b));
    expect(logZOf(walls, T, 'plane')).toBeCloseTo(exact, 6);
  });

  it('on the box: a bowl and an axis-aligned wall have erf closed forms per axis', () => {
    const L = 3;
    const gaussianOn = (c: number, sd: number) =>
      Math.sqrt(2 * Math.PI) * sd * (normalCdf((L - c) / sd) - normalCdf((-L - c) / sd));
    const T = 0.6;
    const s = 1.3;
    const c: [number, number] = [2.5, -1];
    const sd = s * Math.sqrt(T);
    expect(logZOf([bowl(c, s)], T, 'box')).toBeCloseTo(
      Math.log(gaussianOn(c[0], sd) * gaussianOn(c[1], sd)),
      7,
    );
    // wall with w = (1, 0): k (x₁ − c₁)² → N(c₁, T/(2k)) along x₁, flat along x₂ (length 6)
    const k = 2;
    expect(logZOf([wall([-2, 0], k, 0)], T, 'box')).toBeCloseTo(
      Math.log(6 * gaussianOn(-2, Math.sqrt(T / (2 * k)))),
      7,
    );
    // no expert at all: Z = area = 36
    expect(logZOf([], 1, 'box')).toBeCloseTo(Math.log(36), 9);
  });

  it('divergent energies on ℝ² give a verdict, never a number', () => {
    expect(landscapePartition([wall([0, 0], 1, 0)], 20, 'plane').kind).toBe('divergent');
    expect(landscapePartition([wall([0, 0], 1, 0)], 20, 'box').kind).toBe('finite');
  });
});

describe('grids, minimum and mass', () => {
  it('the density grid has cell masses summing to 1', () => {
    const L = createLandscape([bowl([1, 0], 0.5), dip([-1, 1], 4)]);
    const n = 80;
    const { density } = densityGrid(energyGrid(L, n), n, 0.3);
    const h = 6 / n;
    let sum = 0;
    for (const p of density) sum += p * h * h;
    expect(sum).toBeCloseTo(1, 12);
  });

  it('the minimum of a bowl plus a wall is where the gradient vanishes (solved by hand)', () => {
    // |x|²/2 + 2(x₁ − 1)²: ∂₁ = x₁ + 4(x₁ − 1) = 0 → x₁ = 0.8, x₂ = 0; E = 0.32 + 0.08 = 0.4
    const m = landscapeMinimum(createLandscape([bowl([0, 0], 1), wall([1, 0], 2, 0)]));
    expect(m.x[0]).toBeCloseTo(0.8, 6);
    expect(m.x[1]).toBeCloseTo(0, 6);
    expect(m.energy).toBeCloseTo(0.4, 9);
  });

  it('mass within r of a bowl’s centre on ℝ² is the Rayleigh law 1 − e^{−r²/(2s²T)}', () => {
    const s = 0.7;
    const T = 0.4;
    const experts = [bowl([0.2, 0.3], s)];
    const L = createLandscape(experts);
    const logZ = logZOf(experts, T, 'plane');
    expect(massWithin(L, T, logZ, [0.2, 0.3], 0.5, 'plane')).toBeCloseTo(
      1 - Math.exp(-0.25 / (2 * s * s * T)),
      8,
    );
  });

  it('on the box, the disk is cut at the edge: uniform density gives area/36 (quarter disk at a corner)', () => {
    const L = createLandscape([]);
    expect(massWithin(L, 1, Math.log(36), [3, 3], 0.5, 'box')).toBeCloseTo((Math.PI * 0.25) / 4 / 36, 9);
  });
});
