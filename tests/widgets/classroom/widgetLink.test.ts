import { describe, expect, it } from 'vitest';
import { bookBase, widgetLink } from '../../../src/widgets/common/frame/share/widgetLink';
import { SEED_SPEC } from '../../../src/widgets/common/state/useWidgetState';

const specs = {
  steps: { kind: 'number', min: 10, max: 2000, default: 400, integer: true },
  mode: { kind: 'enum', values: ['a', 'b'], default: 'a' },
  trace: { kind: 'boolean', default: false },
  seed: SEED_SPEC,
} as const;

describe('a widget’s link', () => {
  const base = { base: 'https://example.org/book/', lang: 'zh', widgetId: 'walk-demo', specs };

  it('writes only what differs from the defaults, and always the seed', () => {
    const values = { steps: 400, mode: 'b', trace: true, seed: 1 };
    expect(widgetLink({ ...base, place: { kind: 'chapter', slug: '01-brownian-motion' }, values })).toBe(
      'https://example.org/book/#/zh/01-brownian-motion?w=walk-demo&walk-demo.mode=b&walk-demo.trace=1&walk-demo.seed=1',
    );
  });

  it('points an embed at embed.html, with the locks', () => {
    const values = { steps: 50, mode: 'a', trace: false, seed: 9 };
    const locks = { locked: new Set(['steps', 'mode']), hidden: new Set(['seed']) };
    expect(widgetLink({ ...base, place: { kind: 'embed' }, values, locks })).toBe(
      'https://example.org/book/embed.html#/zh/embed/walk-demo?walk-demo.steps=50&walk-demo.seed=9&walk-demo.lock=steps,mode&walk-demo.hide=seed',
    );
  });

  it('finds the book’s folder from the page’s address', () => {
    expect(bookBase({ origin: 'https://x.org', pathname: '/course/book/index.html' })).toBe(
      'https://x.org/course/book/',
    );
    expect(bookBase({ origin: 'https://x.org', pathname: '/course/book/embed.html' })).toBe(
      'https://x.org/course/book/',
    );
    expect(bookBase({ origin: 'http://127.0.0.1:4173', pathname: '/' })).toBe('http://127.0.0.1:4173/');
  });
});
