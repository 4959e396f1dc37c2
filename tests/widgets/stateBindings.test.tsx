import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Figure } from '../../src/widgets/common/frame/Figure';
import { Slider } from '../../src/widgets/common/inputs/controls';
import { frameBindings, sliderBindings } from '../../src/widgets/common/state/stateBindings';
import { useWidgetState } from '../../src/widgets/common/state/useWidgetState';
import { renderWidget } from './renderWidget';

const SPECS = { rho: { kind: 'number', min: -0.9, max: 0.9, default: 0.5 } } as const;

/** A widget wired only through the bindings, counting the runs it had to throw away. */
function Bound() {
  const state = useWidgetState(SPECS);
  const [discarded, setDiscarded] = useState(0);
  const discard = () => setDiscarded((count) => count + 1);
  return (
    <Figure title="Bound" caption="caption" {...frameBindings(state, discard)}>
      <Slider label="rho" step={0.1} {...sliderBindings(state, 'rho', discard)} />
      <p data-testid="readout">{`rho=${state.values.rho} seed=${state.values.seed} discarded=${discarded}`}</p>
    </Figure>
  );
}

describe('state bindings', () => {
  it("give a slider the parameter's value and range from the table, and its changes go to the state", () => {
    renderWidget(<Bound />, { id: 'bound' });
    const slider = screen.getByRole('slider', { name: 'rho' }) as HTMLInputElement;
    expect([slider.min, slider.max, slider.value]).toEqual(['-0.9', '0.9', '0.5']);
    fireEvent.change(slider, { target: { value: '-0.3' } });
    expect(screen.getByTestId('readout').textContent).toBe('rho=-0.3 seed=1 discarded=1');
  });

  it('give the frame the seed and the notices of the URL', () => {
    const { container } = renderWidget(<Bound />, { id: 'bound', search: '?bound.rho=7&bound.seed=42' });
    expect(screen.getByTestId('readout').textContent).toBe('rho=0.9 seed=42 discarded=0');
    // The out-of-range value from the link is reported, not silently clamped.
    expect(container.querySelector('.widget__notice')?.textContent).toMatch(/rho = 7/);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: '43' } });
    fireEvent.blur(screen.getByLabelText('Seed'));
    expect(screen.getByTestId('readout').textContent).toBe('rho=0.9 seed=43 discarded=1');
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(screen.getByTestId('readout').textContent).not.toMatch(/seed=43 /);
    expect(screen.getByTestId('readout').textContent).toMatch(/discarded=2$/);
  });
});
