import { create, parseDependencies } from 'mathjs/number';
import { describe, expect, it } from 'vitest';
import {
  densityOnGrid1D,
  densityOnGrid2D,
  restrictedDensity1D,
} from '../../../src/widgets/common/inputs/formula/gridCheck';
import { formulaMessage } from '../../../src/widgets/common/inputs/formula/messages';
import { checkTree, parseDensityFormula } from '../../../src/widgets/common/inputs/formula/parseFormula';
import { MAX_LENGTH } from '../../../src/widgets/common/inputs/formula/whitelist';

const X = ['x'] as const;
const XY = ['x', 'y'] as const;

function compile(source: string, vars: readonly ('x' | 'y')[] = X) {
  const result = parseDensityFormula(source, vars);
  if (!result.ok) throw new Error(`expected ${source} to parse, got ${JSON.stringify(result.error)}`);
  return result.density;
}

function errorOf(source: string, vars: readonly ('x' | 'y')[] = X) {
  const result = parseDensityFormula(source, vars);
  if (result.ok) throw new Error(`expected ${source} to be refused`);
  return result.error;
}

/** Time a call; hostile input must be refused quickly, not merely eventually. */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('typed densities: valid formulas evaluate like the same maths written in JavaScript', () => {
  const cases: [string, (x: number, y: number) => number, readonly ('x' | 'y')[]][] = [
    ['exp(-x^2/2) * (1 + sin(3*x)^2)', (x) => Math.exp(-(x ** 2) / 2) * (1 + Math.sin(3 * x) ** 2), X],
    ['-x^2 + 10', (x) => -(x ** 2) + 10, X],
    ['2^3^2', () => 2 ** (3 ** 2), X], // right-associative power, as in mathematics
    [
      'abs(x) + sqrt(abs(x)) + log(1 + x^2) + tanh(x) + 1',
      (x) => Math.abs(x) + Math.sqrt(Math.abs(x)) + Math.log(1 + x * x) + Math.tanh(x) + 1,
      X,
    ],
    [
      'cos(x)^2 + tan(0.1) + cosh(x) - sinh(x)',
      (x) => Math.cos(x) ** 2 + Math.tan(0.1) + Math.cosh(x) - Math.sinh(x),
      X,
    ],
    ['min(x, 1, 2) + max(x, 0) + pow(2, x)', (x) => Math.min(x, 1, 2) + Math.max(x, 0) + 2 ** x, X],
    ['pi * e + +x - -x', (x) => Math.PI * Math.E + 2 * x, X],
    ['exp(-(x^2 + y^2)/2 - (x*y)^2)', (x, y) => Math.exp(-(x * x + y * y) / 2 - (x * y) ** 2), XY],
    ['2 \u2212 x \u00d7 3', (x) => 2 - x * 3, X], // typographic minus and times, as printed in the book
  ];
  for (const [source, reference, vars] of cases) {
    it(source, () => {
      const density = compile(source, vars);
      for (const [x, y] of [
        [0.3, -1.2],
        [-2.5, 0.7],
        [1.9, 2.2],
      ]) {
        expect(density.evaluate(x, y)).toBeCloseTo(reference(x, y), 12);
      }
    });
  }

  it('y is refused in a formula of x alone, accepted in a formula of x and y', () => {
    expect(errorOf('x + y')).toMatchObject({ code: 'unknown-symbol', name: 'y' });
    expect(compile('x + y', XY).evaluate(1, 2)).toBe(3);
  });
});

describe('typed densities: hostile or unsupported input is refused with a reason, quickly', () => {
  const hostile: [string, string, Record<string, unknown>][] = [
    ['property access', 'x.constructor', { code: 'forbidden', construct: 'property-access' }],
    ['property call', 'x.constructor("return 1")(1)', { code: 'forbidden', construct: 'property-access' }],
    ['property of a result', 'sin(x).constructor', { code: 'forbidden', construct: 'property-access' }],
    ['empty call (mathjs syntax error)', 'x.constructor("return 1")()', { code: 'syntax', position: 27 }],
    ['indexing', 'x["constructor"]', { code: 'forbidden', construct: 'property-access' }],
    ['import', 'import("fs")', { code: 'unknown-function', name: 'import' }],
    ['evaluate', 'evaluate("1")', { code: 'unknown-function', name: 'evaluate' }],
    ['function definition', 'f(x)=x', { code: 'forbidden', construct: 'function-definition' }],
    ['assignment', 'a = 1', { code: 'forbidden', construct: 'assignment' }],
    ['matrix', '[1, 2]', { code: 'forbidden', construct: 'matrix' }],
    ['object', '{a: 1}', { code: 'forbidden', construct: 'object' }],
    ['string', '"abc"', { code: 'forbidden', construct: 'string' }],
    ['condition', 'x > 0 ? 1 : 2', { code: 'forbidden' }],
    ['several expressions', 'x; x', { code: 'forbidden', construct: 'several-expressions' }],
    ['comparison', 'x == 1', { code: 'forbidden', construct: 'comparison' }],
    ['range', '1:3', { code: 'forbidden', construct: 'range' }],
    ['unknown function', 'gamma(x)', { code: 'unknown-function', name: 'gamma' }],
    ['unknown symbol', 'exp(-z^2)', { code: 'unknown-symbol', name: 'z' }],
    ['function used as a value', 'sin + 1', { code: 'function-as-symbol', name: 'sin' }],
    ['factorial', 'x!', { code: 'operator', op: '!' }],
    ['modulo', 'x % 2', { code: 'operator' }],
    ['element-wise power', 'x .^ 2', { code: 'operator' }],
    ['implicit multiplication', '2x', { code: 'implicit-multiplication' }],
    ['wrong arity', 'exp(x, 2)', { code: 'wrong-arity', name: 'exp', got: 2 }],
    ['two-argument log', 'log(x, 2)', { code: 'wrong-arity', name: 'log' }],
    ['overflowing literal', '1e400 * x', { code: 'bad-number' }],
    ['syntax error', 'exp(-x^2', { code: 'syntax' }],
    ['empty', '   ', { code: 'empty' }],
  ];
  for (const [what, source, expected] of hostile) {
    it(`${what}: ${source}`, () => {
      const { value, ms } = timed(() => errorOf(source));
      expect(value).toMatchObject(expected);
      expect(ms).toBeLessThan(100);
      // Every refusal has words in both languages, and they never leak "undefined".
      for (const lang of ['en', 'zh'] as const) {
        const message = formulaMessage(value, lang);
        expect(message.length).toBeGreaterThan(5);
        expect(message).not.toMatch(/undefined|NaN/);
      }
    });
  }

  it('a 100 000-character string is refused by its length, before parsing', () => {
    const source = `${'x+'.repeat(50_000)}x`;
    const { value, ms } = timed(() => errorOf(source));
    expect(value).toEqual({ code: 'too-long', length: source.length, max: MAX_LENGTH });
    expect(ms).toBeLessThan(50);
  });

  it('10 000 nested brackets are refused quickly (by length), and so is deep nesting within the length cap', () => {
    const huge = `${'('.repeat(10_000)}x${')'.repeat(10_000)}`;
    const a = timed(() => errorOf(huge));
    expect(a.value.code).toBe('too-long');
    expect(a.ms).toBeLessThan(50);
    const deep = `${'('.repeat(90)}x${')'.repeat(90)}`;
    expect(deep.length).toBeLessThanOrEqual(MAX_LENGTH);
    const b = timed(() => errorOf(deep));
    expect(b.value.code).toBe('too-deep');
    expect(b.ms).toBeLessThan(50);
    const unbalanced = `${'exp('.repeat(49)}x`;
    expect(errorOf(unbalanced).code).toBe('too-deep');
  });

  it('a deep tree without brackets (a chain of unary minus) is refused by the tree-depth cap', () => {
    const { value, ms } = timed(() => errorOf(`${'-'.repeat(150)}x`));
    expect(value.code).toBe('too-deep');
    expect(ms).toBeLessThan(100);
  });

  it('a long sum of products within the length cap is refused by the node-count cap', () => {
    const source = `${'x*x*x*x+'.repeat(24)}x`; // 24 terms of 7 nodes: ~190 nodes, but only ~30 levels deep
    expect(source.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(errorOf(source).code).toBe('too-many-nodes');
  });

  it('the tree walker itself refuses every forbidden node type mathjs can produce', () => {
    // Straight from mathjs's parser, bypassing our pre-checks: the whitelist alone must hold.
    const math = create({ parseDependencies }, {});
    for (const source of [
      'x.a',
      'a = 2',
      'f(x) = x',
      '[x]',
      '{a: x}',
      '"s"',
      'x ? 1 : 0',
      '1:2',
      'x; 1',
      'x < 1 < 2',
    ]) {
      const tree = math.parse(source) as unknown as Parameters<typeof checkTree>[0];
      const verdict = checkTree(tree, ['x']);
      expect(verdict, source).not.toBeNull();
      expect(verdict?.code, source).toBe('forbidden');
    }
  });
});

describe('typed densities on the plotting grid', () => {
  it('finds the first x where the formula is negative', () => {
    const result = densityOnGrid1D(compile('x'), { min: -2, max: 2, points: 5 });
    expect(result).toEqual({ ok: false, error: { code: 'negative', x: -2, value: -2 } });
  });

  it('finds the first x where the formula is not finite (log 0, division by 0, overflow)', () => {
    const grid = { min: -1, max: 1, points: 3 }; // −1, 0, 1
    expect(densityOnGrid1D(compile('1/abs(x)'), grid)).toEqual({
      ok: false,
      error: { code: 'not-finite', x: 0 },
    });
    expect(densityOnGrid1D(compile('-log(abs(x))'), grid)).toEqual({
      ok: false,
      error: { code: 'not-finite', x: 0 },
    });
    expect(densityOnGrid1D(compile('exp(1000*x)'), grid)).toEqual({
      ok: false,
      error: { code: 'not-finite', x: 1 },
    });
    // sqrt of a negative number is not a real number: reported, not turned into a complex value.
    expect(densityOnGrid1D(compile('sqrt(x)'), grid)).toEqual({
      ok: false,
      error: { code: 'not-finite', x: -1 },
    });
  });

  it('reports a density that is zero everywhere', () => {
    expect(densityOnGrid1D(compile('0*x'), { min: -1, max: 1, points: 11 })).toEqual({
      ok: false,
      error: { code: 'all-zero' },
    });
  });

  it('returns the values and their maximum for a good density', () => {
    const result = densityOnGrid1D(compile('exp(-x^2/2)'), { min: -3, max: 3, points: 7 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.max).toBe(1);
    expect(result.values[0]).toBeCloseTo(Math.exp(-4.5), 14);
  });

  it('checks a 2-D grid row by row and names (x, y)', () => {
    const grid = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 3, ny: 3 };
    expect(densityOnGrid2D(compile('x*y + 0.5', XY), grid)).toEqual({
      ok: false,
      error: { code: 'negative', x: 1, y: -1, value: -0.5 },
    });
    const good = densityOnGrid2D(compile('exp(-x^2-y^2)', XY), grid);
    expect(good.ok && good.values[4]).toBe(1); // centre of a 3 × 3 grid
  });

  it('the sampler sees 0 outside the range and a bad value between grid points is reported once', () => {
    const seen: number[] = [];
    const p = restrictedDensity1D(compile('cos(x)'), { min: -3, max: 3 }, (x) => seen.push(x));
    expect(p(4)).toBe(0);
    expect(p(0)).toBe(1);
    expect(p(3)).toBe(0); // cos 3 < 0: treated as 0 …
    expect(p(2.5)).toBe(0);
    expect(seen).toEqual([3]); // … and reported once, at the first place it was met
  });
});
