import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exactInference, isingChain, periodicChainByEnumeration } from '../../../src/core';
import { formatNumber } from '../../../src/widgets/common/lang';
import { LogZCurve } from '../../../src/widgets/partition/LogZCurve';
import { LOGZ_STRINGS } from '../../../src/widgets/partition/logZ/strings';
import { renderWidget } from '../renderWidget';

const text = (id: string) => screen.getByTestId(id).textContent ?? '';
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<LogZCurve />, { id: 'logz', search, lang });

/** E[Σ sᵢsᵢ₊₁] written out here from the core's factor marginals, independently of the widget's own sum. */
function meanCouplingFromCore(n: number, J: number, h: number): number {
  const model = isingChain(n, { coupling: J, field: h, periodic: true });
  const inference = exactInference(model, { factorMarginals: true });
  let mean = 0;
  model.factors.forEach((factor, f) => {
    if (factor.scope.length !== 2) return;
    const [p00, p01, p10, p11] = inference.factorMarginals?.[f] ?? [];
    mean += p00 + p11 - p01 - p10; // s_i s_j = +1 on 00 and 11, −1 otherwise
  });
  return mean;
}

describe('LogZCurve', () => {
  it('shows log Z two ways, and slope = E[Σ sᵢsᵢ₊₁], all agreeing with the core', () => {
    render('?logz.n=6&logz.coupling=0.5&logz.field=0.2');
    const logZ = exactInference(isingChain(6, { coupling: 0.5, field: 0.2, periodic: true })).logZ;
    expect(text('logz-listed')).toBe(formatNumber(logZ, 6));
    expect(text('logz-transfer')).toBe(formatNumber(logZ, 6));
    const mean = meanCouplingFromCore(6, 0.5, 0.2);
    expect(text('logz-mean')).toBe(formatNumber(mean, 6));
    expect(text('logz-slope')).toBe(formatNumber(mean, 6));
    const { varianceCoupling } = periodicChainByEnumeration(6, 0.5, 0.2);
    expect(varianceCoupling).toBeGreaterThan(0);
    expect(text('logz-variance')).toBe(formatNumber(varianceCoupling, 4));
    expect(text('logz-convex')).toBe(LOGZ_STRINGS.en.convex(formatNumber(varianceCoupling, 4)));
  });

  it('the coupling slider moves the point along the curve and turns the tangent', () => {
    render();
    const point = screen.getByTestId('logz-point');
    const before = [
      point.getAttribute('cx'),
      point.getAttribute('cy'),
      screen.getByTestId('logz-tangent').getAttribute('d'),
    ];
    expect(screen.getByLabelText(LOGZ_STRINGS.en.coupling).getAttribute('data-param')).toBe('coupling');
    fireEvent.change(screen.getByLabelText(LOGZ_STRINGS.en.coupling), { target: { value: '-1.2' } });
    const after = screen.getByTestId('logz-point');
    expect([
      after.getAttribute('cx'),
      after.getAttribute('cy'),
      screen.getByTestId('logz-tangent').getAttribute('d'),
    ]).not.toEqual(before);
    expect(text('logz-mean')).toBe(formatNumber(meanCouplingFromCore(6, -1.2, 0), 6));
  });

  it('clamps bad URL values with a notice and never shows NaN; speaks Chinese', () => {
    const { container } = render('?logz.n=40&logz.coupling=abc', 'zh');
    expect(container.querySelector('.widget__notice')?.textContent).toMatch(/coupling = abc/);
    expect(text('logz-listed')).toBe(formatNumber(periodicChainByEnumeration(12, 0.5, 0).logZ, 6));
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    expect(screen.getByLabelText(LOGZ_STRINGS.zh.coupling)).toBeTruthy();
  });
});
