import { describe, expect, it } from 'vitest';
import { describeExport, exportFileStem } from '../../../src/widgets/common/frame/export/exportMetadata';
import { exportRecord } from '../../../src/widgets/common/frame/share/exportRecord';

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

describe('the record of an exported figure (from the figure’s own state)', () => {
  const created = new Date('2025-01-02T03:04:05.000Z');
  const specs = {
    steps: { kind: 'number', min: 10, max: 2000, default: 400, integer: true },
    stepSize: { kind: 'number', min: 0.1, max: 3, default: 1 },
    seed: { kind: 'number', min: 0, max: 4294967295, default: 1, integer: true },
  } as const;
  const link = {
    base: 'https://example.org/book/',
    lang: 'en',
    place: { kind: 'chapter', slug: '01-brownian-motion' } as const,
    widgetId: 'walk-demo',
    specs,
    values: { steps: 50, stepSize: 1.5, seed: 7 },
  };

  it('names the parameters that differ from the defaults and the seed, and links to the figure set so', () => {
    const meta = exportRecord(link, 'Random walk', created);
    expect(meta).toEqual({
      title: 'Random walk',
      widget: 'walk-demo',
      lang: 'en',
      params: { steps: '50', stepSize: '1.5' },
      seed: 7,
      link: 'https://example.org/book/#/en/01-brownian-motion?w=walk-demo&walk-demo.steps=50&walk-demo.stepSize=1.5&walk-demo.seed=7',
      created: '2025-01-02T03:04:05.000Z',
    });
    expect(describeExport(meta)).toBe('Random walk: steps=50, stepSize=1.5, seed=7');
  });

  it('an untouched figure still says its seed; locks go into the link, not into the parameters', () => {
    const untouched = exportRecord({ ...link, values: { steps: 400, stepSize: 1, seed: 1 } }, 't', created);
    expect(untouched.params).toEqual({});
    expect(untouched.seed).toBe(1);
    const locked = exportRecord(
      { ...link, locks: { locked: new Set(['steps']), hidden: new Set() } },
      't',
      created,
    );
    expect(locked.params).toEqual({ steps: '50', stepSize: '1.5' });
    expect(locked.link).toMatch(/&walk-demo\.lock=steps$/);
  });
});
