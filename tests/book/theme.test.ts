import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, loadTheme, resolveTheme } from '../../src/book/theme';

function systemPrefersDark(dark: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({ matches: dark && query.includes('dark'), media: query }) as unknown as MediaQueryList,
  );
}

describe('theme', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('"system" follows the operating system; explicit choices win', () => {
    systemPrefersDark(true);
    expect(resolveTheme('system')).toBe('dark');
    expect(resolveTheme('light')).toBe('light');
    systemPrefersDark(false);
    expect(resolveTheme('system')).toBe('light');
    expect(resolveTheme('dark')).toBe('dark');
  });

  it('applies the resolved theme and remembers only explicit choices', () => {
    systemPrefersDark(true);
    applyTheme('system');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(loadTheme()).toBe('system');
    applyTheme('light');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(loadTheme()).toBe('light');
  });
});
