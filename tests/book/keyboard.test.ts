import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../src/widgets/common/frame/keyboard';

describe('figure keyboard shortcuts', () => {
  const onFigure = { targetTag: 'FIGURE' };

  it('maps Space, →, R, F and Esc on the figure', () => {
    expect(commandForKey({ key: ' ', ...onFigure })).toBe('toggle-play');
    expect(commandForKey({ key: 'ArrowRight', ...onFigure })).toBe('step');
    expect(commandForKey({ key: 'r', ...onFigure })).toBe('reset');
    expect(commandForKey({ key: 'R', ...onFigure })).toBe('reset');
    expect(commandForKey({ key: 'f', ...onFigure })).toBe('projector');
    expect(commandForKey({ key: 'Escape', ...onFigure })).toBe('leave-projector');
    expect(commandForKey({ key: 'x', ...onFigure })).toBeUndefined();
  });

  it('leaves text fields alone, except Esc', () => {
    for (const field of [
      { targetTag: 'INPUT', targetType: 'text' },
      { targetTag: 'INPUT', targetType: 'number' },
      { targetTag: 'TEXTAREA' },
      { targetTag: 'SELECT' },
      { targetTag: 'DIV', targetEditable: true },
    ]) {
      for (const key of [' ', 'ArrowRight', 'r', 'f'])
        expect(commandForKey({ key, ...field })).toBeUndefined();
      expect(commandForKey({ key: 'Escape', ...field })).toBe('leave-projector');
    }
  });

  it('lets sliders keep their arrow keys and buttons keep Space', () => {
    expect(commandForKey({ key: 'ArrowRight', targetTag: 'INPUT', targetType: 'range' })).toBeUndefined();
    expect(commandForKey({ key: ' ', targetTag: 'INPUT', targetType: 'range' })).toBe('toggle-play');
    expect(commandForKey({ key: ' ', targetTag: 'BUTTON' })).toBeUndefined();
    expect(commandForKey({ key: ' ', targetTag: 'INPUT', targetType: 'checkbox' })).toBeUndefined();
    expect(commandForKey({ key: 'r', targetTag: 'BUTTON' })).toBe('reset');
  });

  it('ignores shortcuts with modifiers (Ctrl+R reloads, Ctrl+F finds)', () => {
    expect(commandForKey({ key: 'r', ctrlKey: true, ...onFigure })).toBeUndefined();
    expect(commandForKey({ key: 'f', metaKey: true, ...onFigure })).toBeUndefined();
    expect(commandForKey({ key: ' ', altKey: true, ...onFigure })).toBeUndefined();
  });
});
