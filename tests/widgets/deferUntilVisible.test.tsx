import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferUntilVisible } from '../../src/widgets/common/frame/deferUntilVisible';
import type { WidgetEntry } from '../../src/widgets/common/frame/registry';

/** A registry entry for a test widget. */
function entry(id: string, load: WidgetEntry['load'], height = 640): WidgetEntry {
  return { id, height, load, contract: { control: 'none', drawing: 'p' } };
}

const built = vi.fn();
function Heavy() {
  built();
  return <p>heavy widget</p>;
}

function stubObserver() {
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
  return (isIntersecting: boolean) => act(() => notify([{ isIntersecting }]));
}

describe('deferUntilVisible', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches nothing and shows a placeholder of the given height until the figure comes near', async () => {
    const setNear = stubObserver();
    built.mockClear();
    const load = vi.fn(async () => Heavy);
    const Deferred = deferUntilVisible(entry('heavy', load, 777));
    const { container } = render(<Deferred />);
    const placeholder = container.querySelector('figure[data-widget="heavy"][data-deferred]') as HTMLElement;
    expect(placeholder.style.minHeight).toBe('777px');
    setNear(false);
    expect(load).not.toHaveBeenCalled();
    expect(built).not.toHaveBeenCalled();
    setNear(true);
    expect(await screen.findByText('heavy widget')).toBeTruthy();
    expect(container.querySelector('[data-deferred]')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('fetches the code once for every copy on the page', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const load = vi.fn(async () => () => <p>copy</p>);
    const Deferred = deferUntilVisible(entry('copies', load));
    render(
      <>
        <Deferred />
        <Deferred />
      </>,
    );
    expect(await screen.findAllByText('copy')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so in words when the code cannot be fetched, and keeps the placeholder', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const Deferred = deferUntilVisible(entry('offline', () => Promise.reject(new Error('network down'))));
    const { container } = render(<Deferred />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
    expect(container.querySelector('figure[data-widget="offline"][data-deferred]')).not.toBeNull();
  });
});
