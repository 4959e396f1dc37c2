import { describe, expect, it } from 'vitest';
import {
  binomialMeanAbsoluteDeviation,
  cellCounts,
  cellMasses,
  chiSquareCriticalValue,
  chiSquareStatistic,
  createLandscape,
  createParticleCloud,
  createRng,
  expectedNoiseTv,
  type LandscapeExpert,
  landscapePartition,
  logIntegrate2D,
  type SamplerKind,
  totalVariation,
} from '../../../src/core';

const experts: LandscapeExpert[] = [
  { kind: 'bowl', c: [-1, -0.5], strength: 1.2, angle: 0 },
  { kind: 'dip', c: [1.3, 1], strength: 3, angle: 0 },
  { kind: 'half-plane', c: [2, 0], strength: 2, angle: 0 },
];
const landscape = createLandscape(experts);
const T = 1;

describe('cell masses and the noise level', () => {
  it('each cell mass matches an independent adaptive quadrature of that cell', () => {
    const masses = cellMasses(landscape, T, 10);
    const z = landscapePartition(experts, T, 'box');
    if (z.kind !== 'finite') throw new Error('finite on the box');
    for (const cell of [0, 37, 55, 99]) {
      const i = cell % 10;
      const j = Math.floor(cell / 10);
      // integrate the cell as a square [a, a + 0.6]² shifted to the cell's corner
      const x0 = -3 + 0.6 * i;
      const y0 = -3 + 0.6 * j;
      const r = logIntegrate2D((u, v) => -landscape.energy(x0 + u, y0 + v) / T, 0, 0.6, 0.05);
      expect(masses[cell]).toBeCloseTo(Math.exp(r.logValue - z.logZ), 8);
    }
  });

  it('de Moivre’s mean absolute deviation agrees with the binomial sum', () => {
    for (const [n, p] of [
      [10, 0.3],
      [1000, 0.01],
      [500, 0.5],
    ]) {
      let pmf = (1 - p) ** n;
      let s = 0;
      for (let k = 0; k <= n; k++) {
        s += pmf * Math.abs(k - n * p);
        pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
      }
      expect(binomialMeanAbsoluteDeviation(n, p)).toBeCloseTo(s, 9);
    }
  });

  it('the noise level is the mean TV of exact independent draws (simulated, 200 repeats, within 4 SE)', () => {
    const masses = cellMasses(landscape, T, 10);
    const n = 500;
    const rng = createRng(7);
    const cumulative = new Float64Array(masses.length);
    masses.reduce((acc, m, k) => (cumulative[k] = acc + m), 0);
    const tvs: number[] = [];
    const counts = new Float64Array(100);
    for (let rep = 0; rep < 200; rep++) {
      counts.fill(0);
      for (let d = 0; d < n; d++) {
        const u = rng.uniform();
        let k = 0;
        while (k < 99 && cumulative[k] < u) k++;
        counts[k]++;
      }
      tvs.push(totalVariation(counts, masses));
    }
    const mean = tvs.reduce((a, b) => a + b, 0) / tvs.length;
    const sd = Math.sqrt(tvs.reduce((a, b) => a + (b - mean) ** 2, 0) / (tvs.length - 1));
    expect(Math.abs(mean - expectedNoiseTv(masses, n))).toBeLessThan((4 * sd) / Math.sqrt(tvs.length));
  });
});

/** Run n independent chains for `sweeps` sweeps from uniform starts and return the cloud's cell counts. */
function sample(kind: SamplerKind, step: number, n: number, sweeps: number, seed: number): Float64Array {
  const cloud = createParticleCloud({
    n,
    landscape,
    temperature: T,
    sampler: kind,
    stepSize: step,
    rng: createRng(seed),
  });
  for (let s = 0; s < sweeps; s++) cloud.sweep();
  return cellCounts(cloud.positions, 10);
}

/** χ² over the cells, merging those with expected count < 5 into one (df = cells kept − 1). */
function chiSquare(counts: Float64Array, masses: Float64Array): { stat: number; df: number } {
  const n = counts.reduce((a, b) => a + b, 0);
  const obs: number[] = [];
  const exp: number[] = [];
  let restO = 0;
  let restE = 0;
  for (let c = 0; c < masses.length; c++) {
    if (n * masses[c] >= 5) {
      obs.push(counts[c]);
      exp.push(n * masses[c]);
    } else {
      restO += counts[c];
      restE += n * masses[c];
    }
  }
  if (restE > 0) {
    obs.push(restO);
    exp.push(restE);
  }
  return { stat: chiSquareStatistic(obs, exp), df: obs.length - 1 };
}

describe('the samplers on the landscape', () => {
  const masses = cellMasses(landscape, T, 10);
  for (const [kind, step] of [
    ['metropolis', 0.8],
    ['mala', 0.1],
  ] as const) {
    it(`${kind}: 4000 chains after 300 sweeps pass χ² at α = 0.001 against the exact cell masses`, () => {
      const { stat, df } = chiSquare(sample(kind, step, 4000, 300, 11), masses);
      expect(stat).toBeLessThan(chiSquareCriticalValue(df, 0.001));
    });
  }

  it('ULA at a large step (ε = 0.5) is biased: its TV exceeds twice the noise level (the SD of TV here is ≈ 0.004, the margin ≈ 6 SD)', () => {
    const n = 4000;
    const tv = totalVariation(sample('ula', 0.5, n, 300, 12), masses);
    const noise = expectedNoiseTv(masses, n);
    expect(tv).toBeGreaterThan(2 * noise);
    // …while MALA with the same step sits at the noise level (within 2×)
    expect(totalVariation(sample('mala', 0.5, n, 300, 13), masses)).toBeLessThan(2 * noise);
  });

  it('after setTarget the cloud samples the new landscape (χ² at α = 0.001)', () => {
    const cloud = createParticleCloud({
      n: 4000,
      landscape,
      temperature: T,
      sampler: 'metropolis',
      stepSize: 0.8,
      rng: createRng(5),
    });
    for (let s = 0; s < 100; s++) cloud.sweep();
    const moved = createLandscape([{ kind: 'bowl', c: [1.5, 1.5], strength: 0.7, angle: 0 }]);
    cloud.setTarget(moved, 0.5);
    for (let s = 0; s < 300; s++) cloud.sweep();
    const { stat, df } = chiSquare(cellCounts(cloud.positions, 10), cellMasses(moved, 0.5, 10));
    expect(stat).toBeLessThan(chiSquareCriticalValue(df, 0.001));
  });
});
