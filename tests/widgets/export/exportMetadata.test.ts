import { describe, expect, it } from 'vitest';
import {
  describeExport,
  exportFileStem,
  exportMetadataFrom,
} from '../../../src/widgets/common/frame/export/exportMetadata';

describe('exportFileStem', () => {
  it('names the widget, its parameters in order and the seed last', () => {
    expect(exportFileStem({ widget: 'walk-demo', params: { steps: '50', sigma: '1.5' }, seed: 7 })).toBe(
      'walk-demo_steps-50_sigma-1.5_seed-7',
    );
  });

  it('keeps only safe characters', () => {
    const stem = exportFileStem({
      widget: 'learn-score',
      params: { formula: 'exp(-x^2/2) + 0.1*sin(3x)', 'a/b': '../../etc', note: '随机 游走' },
      seed: 3,
    });
    expect(stem).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(stem).not.toContain('..');
    expect(stem).toBe('learn-score_formula-exp-x-2-2-0.1-sin-3x_a-b-etc_seed-3');
  });

  it('cuts long parameter lists to about 120 characters but always keeps the seed', () => {
    const params: Record<string, string> = {};
    for (let i = 0; i < 40; i++) params[`parameter${i}`] = String(1000 + i);
    const stem = exportFileStem({ widget: 'walk-demo', params, seed: 4294967295 });
    expect(stem.length).toBeLessThanOrEqual(120);
    expect(stem.startsWith('walk-demo_parameter0-1000_')).toBe(true);
    expect(stem.endsWith('_seed-4294967295')).toBe(true);
  });

  it('shortens one very long value rather than dropping every other parameter', () => {
    const stem = exportFileStem({ widget: 'w', params: { f: 'x'.repeat(500), n: '10' }, seed: 1 });
    expect(stem).toBe(`w_f-${'x'.repeat(24)}_n-10_seed-1`);
  });

  it('a negative value keeps its sign', () => {
    expect(exportFileStem({ widget: 'w', params: { mu: '-0.5', b: '2' }, seed: 0 })).toBe(
      'w_mu--0.5_b-2_seed-0',
    );
  });

  it('a seed parameter is not written twice; no seed, no seed part', () => {
    expect(exportFileStem({ widget: 'w', params: { seed: '9', n: '2' }, seed: 9 })).toBe('w_n-2_seed-9');
    expect(exportFileStem({ widget: 'w', params: { n: '2' } })).toBe('w_n-2');
  });
});

describe('exportMetadataFrom', () => {
  const created = new Date('2025-01-02T03:04:05.000Z');

  it('reads the widget’s own parameters from a hash-routed address and builds a link to reproduce it', () => {
    const meta = exportMetadataFrom({
      title: 'Random walk',
      widget: 'walk-demo',
      lang: 'en',
      pageUrl:
        'https://example.org/book/#/en/01-brownian-motion?s=walk&walk-demo.steps=50&other.n=3&walk-demo.stepSize=1.5&walk-demo.seed=7',
      created,
    });
    expect(meta).toEqual({
      title: 'Random walk',
      widget: 'walk-demo',
      lang: 'en',
      params: { steps: '50', stepSize: '1.5' },
      seed: 7,
      link: 'https://example.org/book/#/en/01-brownian-motion?s=walk&walk-demo.steps=50&walk-demo.stepSize=1.5&walk-demo.seed=7',
      created: '2025-01-02T03:04:05.000Z',
    });
    expect(describeExport(meta)).toBe('Random walk: steps=50, stepSize=1.5, seed=7');
  });

  it('the seed the figure shows wins over the address (which is written a moment later)', () => {
    const meta = exportMetadataFrom({
      title: 't',
      widget: 'w',
      lang: 'zh',
      pageUrl: 'http://127.0.0.1:4185/#/zh/02-x',
      seed: 12,
      params: { n: '5' },
      created,
    });
    expect(meta.seed).toBe(12);
    expect(meta.link).toBe('http://127.0.0.1:4185/#/zh/02-x?w.n=5&w.seed=12');
  });
});
