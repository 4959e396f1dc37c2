import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeParams, URL_WRITE_DELAY_MS } from '../../src/widgets/common/urlWriter';
import { useWidgetState } from '../../src/widgets/common/useWidgetState';
import { renderWidget } from './renderWidget';

const SPECS = { n: { kind: 'number', min: 1, max: 100, default: 10, integer: true } } as const;

function Counter(props: { id: string }) {
  const state = useWidgetState(props.id, SPECS);
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
      { search: '?s=plan' },
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
