import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetIdContext } from '../../src/widgets/common/frame/widgetId';
import { URL_WRITE_DELAY_MS } from '../../src/widgets/common/state/urlWriter';
import { useWidgetState } from '../../src/widgets/common/state/useWidgetState';
import { renderWidget } from './renderWidget';

const SPECS = { n: { kind: 'number', min: 1, max: 100, default: 10, integer: true } } as const;
const renders = new Map<string, number>();

/** A test widget outside the registry: it gives itself the id the registry would. */
function CountingWidget(props: { id: string }) {
  return (
    <WidgetIdContext.Provider value={props.id}>
      <CountingWidgetBody id={props.id} />
    </WidgetIdContext.Provider>
  );
}

function CountingWidgetBody(props: { id: string }) {
  const state = useWidgetState(SPECS);
  renders.set(props.id, (renders.get(props.id) ?? 0) + 1);
  return (
    <button type="button" onClick={() => state.set('n', state.values.n + 1)}>
      {props.id}:{state.values.n}
    </button>
  );
}

describe('the address as widgets see it', () => {
  afterEach(() => {
    vi.useRealTimers();
    renders.clear();
  });

  it("a widget rewriting the URL does not make the chapter's other widgets render again", async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(
      <>
        <CountingWidget id="moved" />
        <CountingWidget id="still" />
      </>,
      { id: 'unused' },
    );
    const stillBefore = renders.get('still');
    const movedBefore = renders.get('moved') ?? 0;
    fireEvent.click(screen.getByText('moved:10'));
    await act(async () => {
      vi.advanceTimersByTime(URL_WRITE_DELAY_MS * 3);
    });
    // The write happened, and only the widget that changed rendered for it.
    expect(new URLSearchParams(router.state.location.search).get('moved.n')).toBe('11');
    expect(renders.get('moved')).toBeGreaterThan(movedBefore);
    expect(renders.get('still')).toBe(stillBefore);
  });

  it('a widget reads the parameters of the address it was opened with', () => {
    renderWidget(<CountingWidget id="linked" />, { id: 'unused', search: '?linked.n=42' });
    expect(screen.getByText('linked:42')).toBeTruthy();
  });
});
