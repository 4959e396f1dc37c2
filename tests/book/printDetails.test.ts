import { afterEach, describe, expect, it } from 'vitest';
import { installPrintDetails } from '../../src/references/printDetails';

describe('printing opens the exercises', () => {
  let uninstall: () => void = () => {};
  afterEach(() => {
    uninstall();
    document.body.innerHTML = '';
  });

  it('opens closed hints and solutions before printing and closes them again after, leaving others alone', () => {
    document.body.innerHTML = `
      <details class="exercise-hint"><summary>Hint</summary>h</details>
      <details class="exercise-solution" open><summary>Solution</summary>s</details>
      <details class="other"><summary>Other</summary>o</details>`;
    uninstall = installPrintDetails();
    const [hint, solution, other] = [...document.querySelectorAll('details')];
    window.dispatchEvent(new Event('beforeprint'));
    expect([hint.open, solution.open, other.open]).toEqual([true, true, false]);
    window.dispatchEvent(new Event('afterprint'));
    // the solution the reader had opened stays open
    expect([hint.open, solution.open, other.open]).toEqual([false, true, false]);
  });
});
