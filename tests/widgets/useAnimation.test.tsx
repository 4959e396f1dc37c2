import { act, render, screen } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAnimation } from '../../src/widgets/common/animation/useAnimation';
import { useVisibility } from '../../src/widgets/common/animation/useVisibility';

function Probe(props: { autoPlay: boolean; onFrame: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const animation = useAnimation({ onFrame: props.onFrame, autoPlay: props.autoPlay });
  // What <Figure> does for the animation it is given: tell it whether the figure can be seen.
  const visible = useVisibility(ref);
  const { setVisible } = animation;
  useEffect(() => setVisible(visible), [setVisible, visible]);
  return (
    <div ref={ref}>
      <span data-testid="playing">{String(animation.playing)}</span>
      <span data-testid="running">{String(animation.running)}</span>
    </div>
  );
}

function mockReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: reduce && query.includes('prefers-reduced-motion'),
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

describe('useAnimation', () => {
  afterEach(() => vi.restoreAllMocks());

  it('auto-plays when allowed and the figure is visible', () => {
    mockReducedMotion(false);
    render(<Probe autoPlay onFrame={() => undefined} />);
    expect(screen.getByTestId('playing').textContent).toBe('true');
  });

  it('never starts by itself under prefers-reduced-motion', () => {
    mockReducedMotion(true);
    render(<Probe autoPlay onFrame={() => undefined} />);
    expect(screen.getByTestId('playing').textContent).toBe('false');
  });

  it('stops drawing frames while the tab is hidden', async () => {
    mockReducedMotion(false);
    const onFrame = vi.fn();
    render(<Probe autoPlay onFrame={onFrame} />);
    expect(screen.getByTestId('running').textContent).toBe('true');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(screen.getByTestId('running').textContent).toBe('false');
    expect(screen.getByTestId('playing').textContent).toBe('true');
    visibility.mockReturnValue('visible');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(screen.getByTestId('running').textContent).toBe('true');
  });
});
