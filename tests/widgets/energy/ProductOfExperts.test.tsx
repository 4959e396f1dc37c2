import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { erf } from '../../../src/core';
import { ProductOfExperts } from '../../../src/widgets/energy/ProductOfExperts';
import { PRODUCT_STRINGS } from '../../../src/widgets/energy/productOfExperts/strings';
import { renderWidget } from '../renderWidget';

const en = PRODUCT_STRINGS.en;
const render = (search = '', lang: 'en' | 'zh' = 'en') =>
  renderWidget(<ProductOfExperts />, { id: 'product', search, lang });
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const checkbox = (k: number) => document.querySelector(`input[data-param="expert${k}"]`) as HTMLInputElement;
const panelOn = (k: number) => screen.getByTestId(`product-panel-${k}`).dataset.on;

describe('ProductOfExperts', () => {
  it('starts with the triangle: experts 1, 3, 5 on, six panels, finite log Z, a sharper product', () => {
    const { container } = render();
    expect(container.querySelector('figure[data-widget="product"]')).not.toBeNull();
    expect([1, 2, 3, 4, 5, 6].map((k) => checkbox(k).checked)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect([1, 2, 3, 4, 5, 6].map(panelOn)).toEqual(['on', 'off', 'on', 'off', 'on', 'off']);
    expect(Number(text('product-logz'))).toBeGreaterThan(0);
    expect(Number(text('product-logz'))).toBeLessThan(Math.log(36));
    const product = Number.parseFloat(text('product-area'));
    const widest = Number.parseFloat(text('product-area-widest'));
    expect(product).toBeLessThan(widest);
    expect(screen.getByTestId('product-panel-1').textContent).toContain('90°');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the main control, expert 1, changes the product drawing, log Z and the panel state', () => {
    render();
    const before = screen.getByTestId('product-density').outerHTML;
    const logZ = text('product-logz');
    fireEvent.click(checkbox(1));
    expect(checkbox(1).checked).toBe(false);
    expect(panelOn(1)).toBe('off');
    expect(text('product-logz')).not.toBe(logZ);
    expect(screen.getByTestId('product-density').outerHTML).not.toBe(before);
  });

  it('with no expert on the density is uniform: log Z = log 36 and 90 % of the mass needs 90 % of the box', () => {
    render('?product.expert1=0&product.expert3=0&product.expert5=0');
    expect(Number(text('product-logz'))).toBeCloseTo(Math.log(36), 5);
    expect(Number.parseFloat(text('product-area'))).toBeCloseTo(90, 0);
    expect(text('product-none')).toBe(en.noneOn);
  });

  it('bands preset: two perpendicular bands are a Gaussian whose log Z on the box is an erf closed form', () => {
    // bands 0° and 90° with k = 0.6: Z = (√(π/k) erf(3√k))²
    render('?product.preset=bands&product.expert1=1&product.expert2=0&product.expert3=0&product.expert5=1');
    const k = 0.6;
    const exact = 2 * Math.log(Math.sqrt(Math.PI / k) * erf(3 * Math.sqrt(k)));
    expect(Number(text('product-logz'))).toBeCloseTo(exact, 5);
  });

  it('choosing a preset sets its experts and their checkboxes; the URL state restores', () => {
    const first = render();
    fireEvent.click(screen.getByLabelText(en.presets.blobs));
    expect([1, 2, 3, 4, 5, 6].map((k) => checkbox(k).checked)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(screen.getByTestId('product-panel-1').textContent).toContain(en.shortShapes.well);
    first.unmount();
    render('?product.preset=blobs&product.expert3=1');
    expect(checkbox(3).checked).toBe(true);
  });

  it('bad URL values give notices and fall back to defaults', () => {
    render('?product.expert1=maybe&product.preset=circle');
    expect(document.querySelector('.widget__notice')?.textContent).toMatch(/expert1 = maybe/);
    expect(document.querySelector('.widget__notice')?.textContent).toMatch(/preset = circle/);
    expect(checkbox(1).checked).toBe(true);
  });

  it('speaks Chinese', () => {
    render('', 'zh');
    expect(screen.getByText(PRODUCT_STRINGS.zh.productTitle)).toBeTruthy();
    expect(screen.getByLabelText(PRODUCT_STRINGS.zh.presets.polygon)).toBeTruthy();
  });
});
