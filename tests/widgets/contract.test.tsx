import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/widgets/common/languages';
import { ALL_WIDGETS } from '../../src/widgets/registry';
import { renderWidget } from './renderWidget';

/**
 * The widget contract in jsdom, run over the whole registry (as Observable Plot's test loop runs over all plots):
 * every widget renders in both languages with no NaN or Infinity on screen, and a URL value it cannot use is
 * reported in a notice rather than silently replaced.
 */
describe.each(ALL_WIDGETS)('widget contract: $id', (entry) => {
  it.each(LANGUAGES)('renders in %s under its registry id, with no NaN or Infinity', async (lang) => {
    const Widget = await entry.load();
    const { container, unmount } = renderWidget(createElement(Widget), { lang, id: entry.id });
    expect(container.querySelector(`figure[data-widget="${entry.id}"]`)).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    unmount();
  });

  it('answers an unusable URL value for its main control with a notice', async () => {
    const Widget = await entry.load();
    renderWidget(createElement(Widget), {
      id: entry.id,
      search: `?${entry.id}.${entry.contract.control}=abc`,
    });
    expect(document.querySelector('.widget__notice')?.textContent).toMatch(
      new RegExp(`${entry.contract.control} = abc`),
    );
  });
});
