import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../src/search/shortcut';

function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild as HTMLElement;
}

describe('the search shortcut', () => {
  const page = element('<main></main>');

  it('opens on / and on Ctrl+K or ⌘K', () => {
    expect(isSearchShortcut({ key: '/', target: page })).toBe(true);
    expect(isSearchShortcut({ key: 'k', ctrlKey: true, target: page })).toBe(true);
    expect(isSearchShortcut({ key: 'K', metaKey: true, target: page })).toBe(true);
    expect(isSearchShortcut({ key: 'k', target: page })).toBe(false);
    expect(isSearchShortcut({ key: '/', ctrlKey: true, target: page })).toBe(false);
    expect(isSearchShortcut({ key: '/', altKey: true, target: page })).toBe(false);
    expect(isSearchShortcut({ key: '/', isComposing: true, target: page })).toBe(false);
  });

  it('leaves / to text fields, but not to sliders or buttons', () => {
    for (const html of [
      '<input type="text">',
      '<input type="number">',
      '<textarea></textarea>',
      '<select></select>',
    ])
      expect(isSearchShortcut({ key: '/', target: element(html) })).toBe(false);
    for (const html of ['<input type="range">', '<button>x</button>'])
      expect(isSearchShortcut({ key: '/', target: element(html) })).toBe(true);
    expect(isSearchShortcut({ key: 'k', ctrlKey: true, target: element('<input type="text">') })).toBe(true);
  });
});
