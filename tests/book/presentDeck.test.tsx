import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DeckView } from '../../src/present/DeckView';
import { deckChannelName, isDeckMessage } from '../../src/present/deckChannel';
import type { Slide } from '../../src/present/deckData';
import { deckCommand } from '../../src/present/deckKeys';
import { NotesView } from '../../src/present/NotesView';
import { clampSlide, parseSlideParam } from '../../src/present/slideIndex';
import { useFrameMode } from '../../src/widgets/common/frame/frameMode';
import { useWidgetId } from '../../src/widgets/common/frame/widgetId';

/** A stand-in widget: says which id and frame mode it got, and keeps → for itself on its own button. */
function FakeWidget() {
  const id = useWidgetId();
  return (
    <figure data-widget={id} data-mode={useFrameMode()}>
      <input type="range" aria-label={`${id} slider`} />
      <button type="button" onKeyDown={(event) => event.key === 'ArrowRight' && event.preventDefault()}>
        {id} own keys
      </button>
    </figure>
  );
}

const slides: Slide[] = ['a', 'b', 'c'].map((id) => ({
  name: id.toUpperCase(),
  id,
  title: `Widget ${id}`,
  notes: `<ul><li>note for ${id}</li></ul>`,
  entry: { id, height: 100, load: async () => FakeWidget, contract: { control: 'x', drawing: 'svg' } },
}));

function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

function renderDeck(search = '', slug = 'x') {
  return render(
    <MemoryRouter initialEntries={[`/en/present/${slug}${search}`]}>
      <DeckView lang="en" slug={slug} chapterTitle="Chapter X" slides={slides} />
      <Search />
    </MemoryRouter>,
  );
}

const where = () => screen.getByTestId('deck-where').textContent;
const press = (key: string, target: Element | Window = window) =>
  act(() => void fireEvent.keyDown(target, { key }));

describe('the slide number in the address', () => {
  it('reads ?slide= as 1-based, clamps past the end and refuses what is not a slide number', () => {
    expect(parseSlideParam(null, 5)).toEqual({ index: 0 });
    expect(parseSlideParam('3', 5)).toEqual({ index: 2 });
    expect(parseSlideParam('99', 5)).toEqual({ index: 4, notice: { reason: 'too-high', asked: '99' } });
    for (const bad of ['abc', '0', '-2', '2.5', '1e3', '３'])
      expect(parseSlideParam(bad, 5), bad).toMatchObject({ index: 0, notice: { reason: 'not-a-number' } });
    expect(clampSlide(-1, 3)).toBe(0);
    expect(clampSlide(7, 3)).toBe(2);
    expect(clampSlide(Number.NaN, 3)).toBe(0);
  });
});

describe('the deck’s keys', () => {
  const on = (key: string, target: Partial<Parameters<typeof deckCommand>[0]> = {}) =>
    deckCommand({ key, targetTag: 'BODY', ...target });

  it('turns ← → Page Up/Down Home End into slide moves, and F into full screen', () => {
    expect([on('ArrowRight'), on('PageDown'), on('ArrowLeft'), on('PageUp')]).toEqual([
      'next',
      'next',
      'previous',
      'previous',
    ]);
    expect([on('Home'), on('End'), on('f'), on('F'), on(' '), on('r')]).toEqual([
      'first',
      'last',
      'fullscreen',
      'fullscreen',
      undefined,
      undefined,
    ]);
  });

  it('leaves keys to the controls that use them, to a widget that used them, and to browser shortcuts', () => {
    expect(on('ArrowRight', { targetTag: 'INPUT', targetType: 'range' })).toBeUndefined();
    // A presenter remote's Page Down turns the slide even from a slider; not from a text field.
    expect(on('PageDown', { targetTag: 'INPUT', targetType: 'range' })).toBe('next');
    expect(on('PageUp', { targetTag: 'INPUT', targetType: 'text' })).toBeUndefined();
    expect(on('End', { targetTag: 'INPUT', targetType: 'text' })).toBeUndefined();
    expect(on('ArrowLeft', { targetTag: 'SELECT' })).toBeUndefined();
    expect(on('ArrowLeft', { targetTag: 'g', targetRole: 'slider' })).toBeUndefined();
    expect(on('ArrowRight', { targetTag: 'INPUT', targetType: 'radio' })).toBeUndefined();
    expect(on('PageDown', { targetTag: 'INPUT', targetType: 'radio' })).toBe('next');
    expect(on('ArrowRight', { targetTag: 'BUTTON' })).toBe('next');
    expect(on('ArrowRight', { defaultPrevented: true })).toBeUndefined();
    expect(on('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(on('f', { ctrlKey: true })).toBeUndefined();
  });
});

describe('the deck', () => {
  it('shows one widget at a time in deck mode and moves with the keys, keeping the slide in the address', async () => {
    renderDeck('?b.param=7');
    expect(where()).toContain('1 / 3');
    const figure = await screen.findByRole('figure');
    expect(figure.dataset).toMatchObject({ widget: 'a', mode: 'deck' });
    press('ArrowRight');
    expect(where()).toContain('2 / 3');
    expect(where()).toContain('Widget b');
    expect(await screen.findByText('b own keys')).toBeTruthy();
    // The widgets' own parameters stay in the address beside the slide.
    expect(screen.getByTestId('search').textContent).toBe('?b.param=7&slide=2');
    press('PageDown');
    expect(where()).toContain('3 / 3');
    press('PageDown');
    expect(where()).toContain('3 / 3');
    press('Home');
    expect(where()).toContain('1 / 3');
    press('End');
    press('PageUp');
    expect(where()).toContain('2 / 3');
  });

  it('leaves the keys a widget uses to the widget', async () => {
    renderDeck('?slide=2');
    press('ArrowRight', await screen.findByRole('slider', { name: 'b slider' }));
    press('ArrowRight', screen.getByRole('button', { name: 'b own keys' }));
    expect(where()).toContain('2 / 3');
    press('ArrowRight', screen.getByRole('button', { name: /Next/ }));
    expect(where()).toContain('3 / 3');
  });

  it('shows the last slide for ?slide=99 and the first for ?slide=abc, each with a notice', () => {
    renderDeck('?slide=99');
    expect(where()).toContain('3 / 3');
    expect(screen.getByText(/There is no slide 99: this deck has 3/).getAttribute('role')).toBe('status');
    act(() => screen.getByRole('button', { name: /Previous/ }).click());
    expect(where()).toContain('2 / 3');
    expect(screen.queryByText(/There is no slide/)).toBeNull();
  });

  it('refuses a slide that is not a number', () => {
    renderDeck('?slide=abc');
    expect(where()).toContain('1 / 3');
    expect(screen.getByText(/“abc” is not a slide number/).getAttribute('role')).toBe('status');
  });
});

describe('the notes window and the deck in step', () => {
  it('only accepts well-formed messages', () => {
    expect(isDeckMessage({ type: 'slide', index: 2 })).toBe(true);
    expect(isDeckMessage({ type: 'ask' })).toBe(true);
    for (const bad of [
      null,
      'slide',
      { type: 'slide', index: -1 },
      { type: 'slide', index: '2' },
      { type: 'go' },
    ])
      expect(isDeckMessage(bad)).toBe(false);
    expect(deckChannelName('zh', '02-undirected-models')).toBe('presenter-deck:zh:02-undirected-models');
  });

  it('the deck announces its slide, answers a late notes window, and each moves the other', async () => {
    const heard: unknown[] = [];
    const outside = new BroadcastChannel(deckChannelName('en', 'sync'));
    outside.onmessage = (event) => heard.push(event.data);
    renderDeck('?slide=2', 'sync');
    await waitFor(() => expect(heard).toContainEqual({ type: 'slide', index: 1 }));

    render(
      <MemoryRouter>
        <NotesView lang="en" slug="sync" chapterTitle="Chapter X" slides={slides} />
      </MemoryRouter>,
    );
    // The notes window asked when it opened, and the deck told it.
    await waitFor(() => expect(screen.getByTestId('notes-counter').textContent).toBe('Slide 2 of 3'));
    expect(screen.getByTestId('notes-title').textContent).toBe('Widget b');
    expect(screen.getByText('note for b')).toBeTruthy();
    expect(screen.getByTestId('notes-next').textContent).toBe('Next: Widget c');
    expect(screen.getByText('Following the deck.')).toBeTruthy();

    // The notes window moves the deck…
    act(() => screen.getAllByRole('button', { name: /Next/ }).at(-1)?.click());
    await waitFor(() => expect(where()).toContain('3 / 3'));
    expect(screen.getByTestId('notes-next').textContent).toBe('This is the last slide.');
    // …and the deck moves the notes window.
    act(() => screen.getAllByRole('button', { name: /Previous/ })[0].click());
    await waitFor(() => expect(screen.getByTestId('notes-counter').textContent).toBe('Slide 2 of 3'));
    outside.close();
  });
});
