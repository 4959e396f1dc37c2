/** The frame's keyboard shortcuts, as a pure function of the key event so it can be tested without a DOM. */
export type FigureCommand = 'toggle-play' | 'step' | 'reset' | 'projector' | 'leave-projector';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focused element's tag and type, e.g. { tag: 'INPUT', type: 'range' }. */
  targetTag: string;
  targetType?: string;
  targetEditable?: boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password']);

function isTextField(input: KeyInput): boolean {
  if (input.targetEditable) return true;
  if (input.targetTag === 'TEXTAREA' || input.targetTag === 'SELECT') return true;
  return input.targetTag === 'INPUT' && TEXT_INPUT_TYPES.has(input.targetType ?? 'text');
}

function activatesOnSpace(input: KeyInput): boolean {
  if (input.targetTag === 'BUTTON' || input.targetTag === 'SUMMARY' || input.targetTag === 'A') return true;
  return input.targetTag === 'INPUT' && (input.targetType === 'checkbox' || input.targetType === 'radio');
}

export function commandForKey(input: KeyInput): FigureCommand | undefined {
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  // Esc always leaves projector mode, even from a text field.
  if (input.key === 'Escape') return 'leave-projector';
  if (isTextField(input)) return undefined;
  const onSlider = input.targetTag === 'INPUT' && input.targetType === 'range';
  switch (input.key) {
    case ' ':
      // Buttons, checkboxes, radios and links keep Space for themselves: it is how a keyboard presses them.
      return activatesOnSpace(input) ? undefined : 'toggle-play';
    case 'ArrowRight':
      // On a slider the arrow keys move the slider.
      return onSlider ? undefined : 'step';
    case 'r':
    case 'R':
      return 'reset';
    case 'f':
    case 'F':
      return 'projector';
    default:
      return undefined;
  }
}
