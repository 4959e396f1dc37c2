/** What the search shortcut needs to know about a key press (a KeyboardEvent has all of it). */
export interface ShortcutKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  target?: EventTarget | null;
}

/** Input types a reader types text into; `/` there is a character, not a shortcut. */
const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

function typesText(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((element as HTMLInputElement).type);
}

/**
 * `/` (the web's usual search key) anywhere but in a text field, or Ctrl+K / ⌘K anywhere (also in a field:
 * nothing the book has uses it, and the browser's own Ctrl+K would only move to its address bar).
 */
export function isSearchShortcut(event: ShortcutKey): boolean {
  if (event.isComposing || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !typesText(event.target);
}
