import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGET_CHECKS } from '../../src/book/exercises/widgetChecks';
import { STOKES_EINSTEIN_PARAMS } from '../../src/widgets/brownian/stokesEinstein/model';
import { defaults, type ParamSpecs } from '../../src/widgets/common/state/urlParams';
import { SEED_SPEC } from '../../src/widgets/common/state/useWidgetState';
import { LANGEVIN_PARAMS } from '../../src/widgets/diffusion/langevin/model';
import { FREE_ENERGY_PARAMS } from '../../src/widgets/energy/FreeEnergy';
import { INTEGRAL_PARAMS } from '../../src/widgets/montecarlo/IntegralEstimator';
import { DIVERGENT_PARAMS } from '../../src/widgets/partition/DivergentIntegral';
import { anatomyRbm } from '../../src/widgets/rbm/anatomy/model';
import { RBM_ANATOMY_PARAMS } from '../../src/widgets/rbm/RbmAnatomy';
import { ALL_WIDGETS } from '../../src/widgets/registry';
import { COLD_PARAMS } from '../../src/widgets/undirected/ColdSpread';

/** Each widget's own parameter table (with the seed every widget has), by registry id. */
const WIDGET_TABLES: Record<string, ParamSpecs> = {
  'stokes-einstein': STOKES_EINSTEIN_PARAMS,
  cold: COLD_PARAMS,
  divergent: DIVERGENT_PARAMS,
  'free-energy': FREE_ENERGY_PARAMS,
  'rbm-anatomy': { ...RBM_ANATOMY_PARAMS, seed: SEED_SPEC },
  integral: INTEGRAL_PARAMS,
  langevin: LANGEVIN_PARAMS,
};

const check = (name: string, values: Record<string, string | number | boolean>) => {
  const entry = WIDGET_CHECKS[name];
  return entry.check({ ...defaults(entry.params), ...values });
};

describe('the checks of the widget exercises', () => {
  it('read parameters exactly as the widget declares them, by a registered id', () => {
    const ids = new Set(ALL_WIDGETS.map((widget) => widget.id));
    for (const [name, entry] of Object.entries(WIDGET_CHECKS)) {
      expect(ids.has(entry.widget), `${name}: no widget ${entry.widget}`).toBe(true);
      const table = WIDGET_TABLES[entry.widget];
      expect(table, `${name}: add the widget's table to this test`).toBeDefined();
      for (const [param, spec] of Object.entries(entry.params))
        expect(spec, `${name}: ${entry.widget}.${param}`).toEqual(table[param]);
    }
  });

  it('are not already right at the widget defaults, so no exercise is solved by doing nothing', () => {
    for (const [name, entry] of Object.entries(WIDGET_CHECKS)) {
      const values = defaults(entry.params);
      expect(entry.check(values), name).toBe(false);
      expect(entry.readout(values)).not.toMatch(/NaN|undefined/);
    }
  });

  it('ch. 1: ten times farther than a 1 µm grain is r = 10 nm, whatever the liquid', () => {
    expect(check('ten-times-farther', { radius: 10 })).toBe(true);
    expect(check('ten-times-farther', { radius: 10, temperature: 350, viscosity: 2 })).toBe(true);
    expect(check('ten-times-farther', { radius: 100 })).toBe(false); // √10 ≈ 3.2 times
  });

  it('ch. 2: the colleague is independent when the table factorises (odds ratio 1)', () => {
    expect(check('colleague-independent', { yc11: 0.5 })).toBe(true);
    expect(check('colleague-independent', { yc00: 3, yc01: 3, yc10: 3, yc11: 3 })).toBe(true);
    expect(check('colleague-independent', { yc11: 0.6 })).toBe(false);
    expect(check('colleague-independent', { yc00: 0, yc01: 0, yc11: 0.5 })).toBe(false); // a zero is not allowed
  });

  it('ch. 3: Z = √(π/β) = 2 at β = π/4, on the slider at 0.75 or 0.8', () => {
    expect(check('z-equals-two', { beta: 0.8 })).toBe(true);
    expect(check('z-equals-two', { beta: 0.75 })).toBe(true);
    expect(check('z-equals-two', { beta: 0.7 })).toBe(false);
    expect(check('z-equals-two', { beta: -0.5 })).toBe(false);
  });

  it('ch. 4: half the prior mass on h = 2 needs a₂ = a − log 2', () => {
    expect(check('half-on-the-third', { a0: 1, a1: 1, a2: 0.3 })).toBe(true);
    expect(check('half-on-the-third', { a0: 0, a1: 0, a2: -0.7 })).toBe(true);
    expect(check('half-on-the-third', { a0: 1, a1: 1, a2: 0 })).toBe(false);
    expect(check('half-on-the-third', { a0: 0, a1: 1, a2: -0.7 })).toBe(false);
  });

  it('ch. 5: the lowest-energy hidden state switches on exactly the units with positive input', () => {
    const entry = WIDGET_CHECKS['lowest-energy-hidden'];
    for (const seed of [1, 7]) {
      const rbm = anatomyRbm(seed);
      const v = [false, false, true, true, false, false];
      const best = Array.from({ length: 4 }, (_, j) => {
        let input = rbm.hiddenBias[j];
        v.forEach((on, i) => {
          if (on) input += rbm.weights[i * rbm.hidden + j];
        });
        return input > 0;
      });
      const values = (h: boolean[]) => ({
        ...defaults(entry.params),
        seed,
        v1: v[0],
        v2: v[1],
        v3: v[2],
        v4: v[3],
        v5: v[4],
        v6: v[5],
        h1: h[0],
        h2: h[1],
        h3: h[2],
        h4: h[3],
      });
      // Brute force over all 16 hidden states: the check holds for the minimiser of the core's energy alone.
      const energy = (h: boolean[]) => rbm.energy(Float64Array.from(v, Number), Float64Array.from(h, Number));
      const states = Array.from({ length: 16 }, (_, k) => [0, 1, 2, 3].map((j) => ((k >> j) & 1) === 1));
      const lowest = states.reduce((a, b) => (energy(b) < energy(a) ? b : a));
      expect(lowest).toEqual(best);
      for (const h of states)
        expect(entry.check(values(h)), `seed ${seed}, h ${h}`).toBe(h.join() === best.join());
    }
  });

  it('ch. 6: the SE of ∫₀² e^(−x²) dx falls below 0.005 from N ≈ 19 007', () => {
    expect(check('se-below-target', { n: 19100 })).toBe(true);
    expect(check('se-below-target', { n: 18900 })).toBe(false);
    expect(check('se-below-target', { n: 20000, f: 'sine' })).toBe(false);
  });

  it('ch. 7: ULA leaves the narrow mode from ε = 2Tσ² = 0.08 T', () => {
    const narrow = { target: 'narrow', method: 'ula' };
    expect(check('ula-leaves-narrow-mode', { ...narrow, stepSize: 0.081 })).toBe(true);
    expect(check('ula-leaves-narrow-mode', { ...narrow, stepSize: 0.07 })).toBe(false);
    expect(check('ula-leaves-narrow-mode', { ...narrow, stepSize: 0.1, temperature: 2 })).toBe(false);
    expect(check('ula-leaves-narrow-mode', { ...narrow, method: 'mala', stepSize: 0.5 })).toBe(false);
  });
});

describe('the chapters use the checks as they are declared', () => {
  it('every <WidgetAnswer> names a check of its own widget, in both languages', () => {
    const used: string[] = [];
    for (const lang of ['en', 'zh']) {
      for (const file of readdirSync(`content/${lang}`)) {
        const source = readFileSync(`content/${lang}/${file}`, 'utf8');
        for (const match of source.matchAll(/<WidgetAnswer\b[^>]*?widget="([^"]+)"[^>]*?check="([^"]+)"/g)) {
          expect(WIDGET_CHECKS[match[2]]?.widget, `${lang}/${file}: ${match[0]}`).toBe(match[1]);
          // The widget must be on the chapter's page.
          const component = ALL_WIDGETS.find((widget) => widget.id === match[1])?.name;
          expect(source, `${lang}/${file} has no <${component} />`).toContain(`<${component}`);
          used.push(`${lang}:${match[2]}`);
        }
      }
    }
    for (const name of Object.keys(WIDGET_CHECKS)) {
      expect(used).toContain(`en:${name}`);
      expect(used).toContain(`zh:${name}`);
    }
  });
});
