/** The deck's keys, as a pure function of the key event so it can be tested without a DOM. */
export type DeckCommand = 'next' | 'previous' | 'first' | 'last' | 'fullscreen';

export interface DeckKeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** A widget (or the frame) already used the key. */
  defaultPrevented?: boolean;
  /** The focused element: tag, input type, ARIA role, contenteditable. */
  targetTag: string;
  targetType?: string;
  targetRole?: string | null;
  targetEditable?: boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password', 'date']);
/** Roles whose keyboard pattern uses the arrows, Page Up/Down and Home/End for themselves. */
const KEYED_ROLES = new Set([
  'slider',
  'spinbutton',
  'listbox',
  'combobox',
  'grid',
  'tablist',
  'menu',
  'tree',
]);

/** A control that uses every key the deck would: a text field, a select, a slider. */
function usesAllKeys(input: DeckKeyInput): boolean {
  if (input.targetEditable) return true;
  if (input.targetTag === 'TEXTAREA' || input.targetTag === 'SELECT') return true;
  if (input.targetTag === 'INPUT') {
    const type = input.targetType ?? 'text';
    if (type === 'range' || TEXT_INPUT_TYPES.has(type)) return true;
  }
  return KEYED_ROLES.has(input.targetRole ?? '');
}

/** A control the presenter types into, which keeps every key. */
function typesText(input: DeckKeyInput): boolean {
  if (input.targetEditable || input.targetTag === 'TEXTAREA' || input.targetTag === 'SELECT') return true;
  return input.targetTag === 'INPUT' && TEXT_INPUT_TYPES.has(input.targetType ?? 'text');
}

/** A radio button moves the choice with the arrows, but leaves Page Up/Down and Home/End alone. */
function usesArrows(input: DeckKeyInput): boolean {
  return (input.targetTag === 'INPUT' && input.targetType === 'radio') || input.targetRole === 'radio';
}

/**
 * ← → and a presenter remote's Page Up / Page Down change slides; Home / End go to the first / last; F toggles
 * full screen. Not when a modifier is held (browser shortcuts), when a widget has already used the key (its
 * handler called preventDefault), or when the focus is in a control that needs the key itself (for Page Up / Down,
 * only a text field: a remote must work whatever was clicked last).
 */
export function deckCommand(input: DeckKeyInput): DeckCommand | undefined {
  if (input.defaultPrevented || input.ctrlKey || input.metaKey || input.altKey) return undefined;
  // A presenter's remote sends Page Up / Page Down: they turn the slide even from a slider the presenter last
  // touched (its arrows still move it), though not from a field being typed in.
  const page = input.key === 'PageDown' || input.key === 'PageUp';
  if (page ? typesText(input) : usesAllKeys(input)) return undefined;
  const arrow = input.key === 'ArrowRight' || input.key === 'ArrowLeft';
  if (arrow && usesArrows(input)) return undefined;
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return undefined;
  }
}

/** The command for a DOM key event. */
export function deckCommandFor(event: KeyboardEvent): DeckCommand | undefined {
  const target = event.target instanceof Element ? event.target : document.body;
  return deckCommand({
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    defaultPrevented: event.defaultPrevented,
    targetTag: target.tagName,
    targetType: (target as HTMLInputElement).type,
    targetRole: target.getAttribute('role'),
    targetEditable: target instanceof HTMLElement && target.isContentEditable,
  });
}
