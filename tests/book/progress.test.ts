import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress, recordVisit } from '../../src/book/progress';

describe('reading progress in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty and remembers the last chapter and section', () => {
    expect(loadProgress()).toEqual({ visited: {} });
    recordVisit('zh', '03-partition-function', 'plan', '本章将要讲什么');
    recordVisit('en', '01-brownian-motion');
    const progress = loadProgress();
    expect(progress.last).toEqual({
      lang: 'en',
      slug: '01-brownian-motion',
      section: undefined,
      sectionTitle: undefined,
    });
    expect(Object.keys(progress.visited).sort()).toEqual(['01-brownian-motion', '03-partition-function']);
  });

  it('treats malformed or hostile stored data as no progress', () => {
    for (const raw of [
      'not json',
      '{"last":{"lang":"fr","slug":"01-x"}}',
      '{"last":{"lang":"en","slug":"../../etc"}}',
      'null',
      '[]',
    ]) {
      localStorage.setItem('fdm:progress:v1', raw);
      const progress = loadProgress();
      expect(progress.last, raw).toBeUndefined();
    }
    localStorage.setItem('fdm:progress:v1', '{"visited":{"01-brownian-motion":true,"<img>":true}}');
    expect(loadProgress().visited).toEqual({ '01-brownian-motion': true });
  });
});
