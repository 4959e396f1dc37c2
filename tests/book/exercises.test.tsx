import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChoiceAnswer, Exercise, NumericAnswer, WidgetAnswer } from '../../src/book/exercises';
import { exerciseRecord, recordSolved } from '../../src/book/exercises/recordExercise';
import { TableOfContents } from '../../src/book/TableOfContents';
import { type Lang, LangContext } from '../../src/widgets/common/lang';

const SLUG = '03-partition-function';

function renderAt(children: ReactNode, { lang = 'en' as Lang, search = '' } = {}) {
  const router = createMemoryRouter(
    [{ path: '/:lang/:slug', element: <LangContext.Provider value={lang}>{children}</LangContext.Provider> }],
    { initialEntries: [`/${lang}/${SLUG}${search}`] },
  );
  return { ...render(<RouterProvider router={router} />), router };
}

const ring = (
  <Exercise id="ring-of-three">
    <p>Three spins in a ring.</p>
    <NumericAnswer
      part="z"
      label="(a) Z"
      value={42.378}
      tolerance={0.01}
      wrongHint="Odd spins break two bonds."
    />
    <ChoiceAnswer part="sign" label="Is it positive?" options={['Yes', 'No']} correct="Yes" />
  </Exercise>
);

function answer(label: string, text: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.submit(field.closest('form') as HTMLFormElement);
}

describe('an exercise that checks itself', () => {
  beforeEach(() => localStorage.clear());

  it('marks a wrong answer with its hint, a right one as right, and is solved when every part is', () => {
    const { container, unmount } = renderAt(ring);
    const status = screen.getByTestId('exercise-status');
    answer('(a) Z', '42.6');
    const numeric = container.querySelector('[data-part="z"]') as HTMLElement;
    expect(within(numeric).getByTestId('answer-feedback').textContent).toContain(
      '✗ Not quite. Odd spins break two bonds.',
    );
    answer('(a) Z', 'twelve');
    expect(within(numeric).getByTestId('answer-feedback').textContent).toContain('Type a number');
    answer('(a) Z', '42.38');
    expect(within(numeric).getByTestId('answer-feedback').textContent).toContain('✓ Right.');
    expect(status.textContent).toBe(''); // one part still open
    fireEvent.click(screen.getByLabelText('Yes'));
    fireEvent.submit(
      screen.getByRole('group', { name: 'Is it positive?' }).closest('form') as HTMLFormElement,
    );
    expect(status.textContent).toContain('✓ Solved');
    expect(exerciseRecord(SLUG, 'ring-of-three')).toEqual({
      answers: { z: '42.38', sign: '0' },
      solved: true,
    });
    unmount();

    // Back in the other language: the answers are restored and checked again.
    renderAt(ring, { lang: 'zh' });
    expect(screen.getByTestId('exercise-status').textContent).toContain('✓ 已解出');
    expect((screen.getByLabelText('(a) Z') as HTMLInputElement).value).toBe('42.38');
    expect(screen.getAllByTestId('answer-feedback')[0].textContent).toContain('✓ 正确。');
  });

  it('a widget exercise follows the widget’s parameters in the address', async () => {
    const exercise = (
      <Exercise id="z-equals-two">
        <WidgetAnswer widget="divergent" check="z-equals-two" />
      </Exercise>
    );
    const { router } = renderAt(exercise, { search: '?divergent.beta=1' });
    const widgetAnswer = screen.getByTestId('widget-answer');
    // The checks are fetched on first use (a dynamic import, slow on a first transform).
    expect(await screen.findByText(/β = 1.00, Z = 1.772/, {}, { timeout: 15000 })).toBeTruthy();
    expect(widgetAnswer.getAttribute('data-verdict')).toBe('pending');
    await router.navigate(`/en/${SLUG}?divergent.beta=0.8`, { replace: true });
    expect(await screen.findByText(/β = 0.80, Z = 1.982/)).toBeTruthy();
    expect(widgetAnswer.getAttribute('data-verdict')).toBe('right');
    // The exercise hears from its part in an effect after that render.
    await waitFor(() => expect(screen.getByTestId('exercise-status').textContent).toContain('✓ Solved'));
    // Moving on keeps the exercise solved.
    await router.navigate(`/en/${SLUG}?divergent.beta=1.5`, { replace: true });
    expect(await screen.findByText(/β = 1.50/)).toBeTruthy();
    expect(exerciseRecord(SLUG, 'z-equals-two').solved).toBe(true);
  });

  it('the contents page counts each chapter’s solved exercises, in both languages', () => {
    recordSolved(SLUG, 'z-equals-two');
    recordSolved(SLUG, 'not-an-exercise-of-the-chapter');
    const { unmount } = renderAt(<TableOfContents lang="en" visited={{}} />);
    const counts = screen.getAllByTestId('toc-exercises').map((element) => element.textContent);
    expect(counts).toHaveLength(7);
    expect(counts[2]).toMatch(/^1 of \d+ exercises solved$/);
    expect(counts[0]).toMatch(/^0 of \d+ exercises solved$/);
    unmount();
    renderAt(<TableOfContents lang="zh" visited={{}} />);
    expect(screen.getAllByTestId('toc-exercises')[2].textContent).toMatch(/^已解出 1 \/ \d+ 道练习$/);
  });
});
