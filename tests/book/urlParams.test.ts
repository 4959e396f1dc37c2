import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampNumber,
  decodeParams,
  defaults,
  encodeParams,
  type ParamSpecs,
} from '../../src/widgets/common/state/urlParams';

const SPECS = {
  n: { kind: 'number', min: 1, max: 1000, default: 100, integer: true },
  sigma: { kind: 'number', min: 0.1, max: 5, default: 1 },
  mode: { kind: 'enum', values: ['1d', '2d'], default: '1d' },
  trail: { kind: 'boolean', default: true },
  formula: { kind: 'string', maxLength: 50, default: 'exp(-x^2)' },
} as const satisfies ParamSpecs;

const decode = (query: string) => decodeParams('w', SPECS, new URLSearchParams(query));

describe('URL parameter codec', () => {
  it('round-trips any valid values exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.constantFrom('1d', '2d'),
        fc.boolean(),
        fc.string({ maxLength: 50 }),
        (n, sigma, mode, trail, formula) => {
          const values = { n, sigma, mode, trail, formula };
          const encoded = encodeParams('w', SPECS, values, new URLSearchParams('other=keep'));
          expect(encoded.get('other')).toBe('keep');
          const decoded = decodeParams('w', SPECS, new URLSearchParams(encoded.toString()));
          expect(decoded.notices).toEqual([]);
          expect(decoded.values).toEqual(values);
        },
      ),
    );
  });

  it('missing parameters take their defaults without notices', () => {
    expect(decode('')).toEqual({ values: defaults(SPECS), notices: [] });
  });

  it('clamps out-of-range numbers and says so', () => {
    const { values, notices } = decode('w.n=1e9&w.sigma=-3');
    expect(values.n).toBe(1000);
    expect(values.sigma).toBe(0.1);
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['n', 'above-maximum'],
      ['sigma', 'below-minimum'],
    ]);
  });

  it('rounds integers', () => {
    expect(decode('w.n=12.6').values.n).toBe(13);
  });

  it('rejects garbage and hostile values, falling back to defaults', () => {
    for (const raw of [
      'NaN',
      'Infinity',
      '-Infinity',
      '',
      ' ',
      '0x10',
      '1e',
      'abc',
      '<script>alert(1)</script>',
      '1,5',
      '__proto__',
    ]) {
      const { values, notices } = decodeParams('w', SPECS, new URLSearchParams({ 'w.sigma': raw }));
      expect(values.sigma, raw).toBe(1);
      expect(notices[0]?.reason, raw).toBe('not-a-number');
    }
    const { values, notices } = decode('w.mode=3d&w.trail=maybe');
    expect(values.mode).toBe('1d');
    expect(values.trail).toBe(true);
    expect(notices.map((n) => n.reason)).toEqual(['not-an-option', 'not-boolean']);
  });

  it('rejects over-long strings and shortens what it quotes', () => {
    const long = 'x'.repeat(100_000);
    const { values, notices } = decodeParams('w', SPECS, new URLSearchParams({ 'w.formula': long }));
    expect(values.formula).toBe('exp(-x^2)');
    expect(notices[0].reason).toBe('too-long');
    expect(notices[0].raw.length).toBeLessThanOrEqual(40);
  });

  it('never yields NaN or out-of-range numbers for any input string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const { values } = decodeParams('w', SPECS, new URLSearchParams({ 'w.n': a, 'w.sigma': b }));
        for (const [v, spec] of [
          [values.n, SPECS.n],
          [values.sigma, SPECS.sigma],
        ] as const) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(spec.min);
          expect(v).toBeLessThanOrEqual(spec.max);
        }
        expect(Number.isInteger(values.n)).toBe(true);
      }),
    );
  });

  it('clampNumber maps non-finite input to the default', () => {
    expect(clampNumber(SPECS.sigma, Number.NaN)).toBe(1);
    expect(clampNumber(SPECS.sigma, Number.POSITIVE_INFINITY)).toBe(1);
    expect(clampNumber(SPECS.sigma, 7)).toBe(5);
  });

  it('ignores other widgets’ keys', () => {
    expect(decode('x.n=5&n=5').values.n).toBe(100);
  });
});
