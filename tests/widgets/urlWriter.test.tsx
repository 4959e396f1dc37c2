import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetIdContext } from '../../src/widgets/common/frame/widgetId';
import { mergeParams, URL_WRITE_DELAY_MS } from '../../src/widgets/common/state/urlWriter';
import { useWidgetState } from '../../src/widgets/common/state/useWidgetState';
import { renderWidget } from './renderWidget';

const SPECS = { n: { kind: 'number', min: 1, max: 100, default: 10, integer: true } } as const;

/** A test widget outside the registry: it gives itself the id the registry would. */
function Counter(props: { id: string }) {
  return (
    <WidgetIdContext.Provider value={props.id}>
      <CounterBody id={props.id} />
    </WidgetIdContext.Provider>
  );
}

function CounterBody(props: { id: string }) {
  const state = useWidgetState(SPECS);
  return (
    <button type="button" onClick={() => state.set('n', state.values.n + 1)}>
      {props.id}:{state.values.n}
    </button>
  );
}

describe('URL writer', () => {
  afterEach(() => vi.useRealTimers());

  it('merges writes into the current search and keeps other keys', () => {
    const writes = new Map([
      ['a', new Map([['n', '3']])],
      ['b', new Map([['n', '4']])],
    ]);
    expect(mergeParams('s=intro&a.n=1', writes)).toBe('s=intro&a.n=3&b.n=4');
  });

  it('keeps both changes when two widgets change within the write delay', async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(
      <>
        <Counter id="first" />
        <Counter id="second" />
      </>,
      { id: 'unused', search: '?s=plan' },
    );
    fireEvent.click(screen.getByText('first:10'));
    await act(async () => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS / 2);
    });
    fireEvent.click(screen.getByText('second:10'));
    await act(async () => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 3);
    });
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('first.n')).toBe('11');
    expect(search.get('second.n')).toBe('11');
    expect(search.get('s')).toBe('plan');
  });
});
