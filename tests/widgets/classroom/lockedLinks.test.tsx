import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { decodeLocks, encodeLocks } from '../../../src/widgets/common/state/controlLocks';
import { WALK_DEMO_PARAMS, WalkDemo } from '../../../src/widgets/demo/WalkDemo';
import { DivergentIntegral } from '../../../src/widgets/partition/DivergentIntegral';
import { renderWidget } from '../renderWidget';

const specs = { ...WALK_DEMO_PARAMS, seed: { kind: 'number', min: 0, max: 10, default: 1 } } as const;

describe('locked links: decoding', () => {
  it('reads the locked and hidden lists, drops unknown names with a notice, hidden wins over locked', () => {
    const { locks, notices } = decodeLocks(
      'walk-demo',
      specs,
      new URLSearchParams('walk-demo.lock=steps,stepSize,warp&walk-demo.hide=stepSize'),
    );
    expect([...locks.locked]).toEqual(['steps']);
    expect([...locks.hidden]).toEqual(['stepSize']);
    expect(notices).toEqual([
      { param: 'lock', raw: 'warp', used: 'steps,stepSize', reason: 'unknown-control' },
    ]);
  });

  it('reads nothing from an empty or missing list, and writes back what it read', () => {
    expect(decodeLocks('walk-demo', specs, new URLSearchParams('walk-demo.lock=')).locks.locked.size).toBe(0);
    const read = decodeLocks(
      'walk-demo',
      specs,
      new URLSearchParams('walk-demo.lock=steps&walk-demo.hide=seed'),
    );
    expect(Object.fromEntries(encodeLocks(read.locks))).toEqual({ lock: 'steps', hide: 'seed' });
  });

  it('ignores another widget’s lists and names that only look like parameters (__proto__)', () => {
    const { locks, notices } = decodeLocks(
      'walk-demo',
      specs,
      new URLSearchParams('other.lock=steps&walk-demo.lock=__proto__,constructor'),
    );
    expect(locks.locked.size).toBe(0);
    expect(notices[0].raw).toBe('__proto__,constructor');
  });
});

describe('locked links: a widget opened from one', () => {
  it('shows a locked slider disabled and marked in words, hides a hidden one, keeps clamping values', () => {
    renderWidget(<WalkDemo />, {
      search: '?walk-demo.steps=5000&walk-demo.lock=steps&walk-demo.hide=stepSize',
    });
    const steps = screen.getByLabelText('Steps n') as HTMLInputElement;
    expect(steps.disabled).toBe(true);
    expect(steps.closest('.control')?.textContent).toMatch(/Locked/);
    expect(screen.getByTestId('walk-shown').textContent).toBe('2000');
    expect(document.querySelector('[data-param="stepSize"]')).toBeNull();
    expect(document.querySelector('.widget__notice')?.textContent).toMatch(/steps = 5000/);
  });

  it('a locked value survives Reset while the free ones go back to their defaults', () => {
    renderWidget(<DivergentIntegral />, {
      search: '?divergent.beta=0.5&divergent.halfWidth=20&divergent.lock=beta',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    const slider = (param: string) =>
      document.querySelector(`input[data-param="${param}"]`) as HTMLInputElement;
    expect(slider('beta').value).toBe('0.5');
    expect(Number(slider('halfWidth').value)).toBeCloseTo(Math.log10(5));
  });

  it('a locked seed cannot be redrawn', () => {
    renderWidget(<WalkDemo />, { search: '?walk-demo.seed=7&walk-demo.lock=seed' });
    const seedField = screen.getByLabelText('Seed') as HTMLInputElement;
    expect(seedField.readOnly).toBe(true);
    expect((screen.getByRole('button', { name: 'New seed' }) as HTMLButtonElement).disabled).toBe(true);
    expect(seedField.value).toBe('7');
  });

  it('keeps the lock in the address when the student changes a free control', async () => {
    vi.useFakeTimers();
    const { router } = renderWidget(<WalkDemo />, { search: '?walk-demo.lock=stepSize' });
    fireEvent.change(screen.getByLabelText('Steps n'), { target: { value: '250' } });
    await act(async () => {
      vi.advanceTimersByTime(500);
    });
    vi.useRealTimers();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('walk-demo.steps')).toBe('250');
    expect(search.get('walk-demo.lock')).toBe('stepSize');
  });
});

describe('the share panel', () => {
  it('offers the kit’s controls for locking and writes the choice into the link', () => {
    const { container } = renderWidget(<WalkDemo />, { search: '?walk-demo.steps=120' });
    const details = container.querySelector('.widget__share') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const panel = within(details);
    const link = () => (panel.getByLabelText(/Link to this figure/) as HTMLInputElement).value;
    expect(link()).toMatch(/#\/en\/test\?w=walk-demo&walk-demo\.steps=120&walk-demo\.seed=1$/);
    const lockSteps = details.querySelector('select[data-lock-param="steps"]') as HTMLSelectElement;
    expect(lockSteps).not.toBeNull();
    expect(lockSteps.labels?.[0]?.textContent).toBe('Steps n');
    fireEvent.change(lockSteps, { target: { value: 'locked' } });
    fireEvent.change(details.querySelector('select[data-lock-param="seed"]') as HTMLSelectElement, {
      target: { value: 'hidden' },
    });
    expect(link()).toMatch(/walk-demo\.lock=steps&walk-demo\.hide=seed$/);
    expect((panel.getByLabelText(/Embed in a course page/) as HTMLTextAreaElement).value).toMatch(
      /^<iframe src="http:\/\/localhost(:\d+)?\/embed\.html#\/en\/embed\/walk-demo\?walk-demo\.steps=120&walk-demo\.seed=1&walk-demo\.lock=steps&walk-demo\.hide=seed" title="/,
    );
  });
});
