import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferUntilVisible } from '../../src/widgets/common/deferUntilVisible';

const built = vi.fn();
function Heavy() {
  built();
  return <p>heavy widget</p>;
}

describe('deferUntilVisible', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a placeholder of the given height until the figure comes near, then builds the widget once', () => {
    let notify: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof notify) {
          notify = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    built.mockClear();
    const Deferred = deferUntilVisible('heavy', Heavy, 777);
    const { container } = render(<Deferred />);
    const placeholder = container.querySelector('figure[data-widget="heavy"][data-deferred]') as HTMLElement;
    expect(placeholder.style.minHeight).toBe('777px');
    expect(built).not.toHaveBeenCalled();
    act(() => notify([{ isIntersecting: false }]));
    expect(built).not.toHaveBeenCalled();
    act(() => notify([{ isIntersecting: true }]));
    expect(screen.getByText('heavy widget')).toBeTruthy();
    expect(container.querySelector('[data-deferred]')).toBeNull();
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('builds at once where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const Deferred = deferUntilVisible('plain', () => <p>plain widget</p>);
    render(<Deferred />);
    expect(screen.getByText('plain widget')).toBeTruthy();
  });
});
