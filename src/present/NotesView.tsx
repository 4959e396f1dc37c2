import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeckProps } from './DeckView';
import { useDeckChannel } from './deckChannel';
import { deckCommandFor } from './deckKeys';
import { targetSlide } from './navigation';
import { SlideButtons } from './SlideButtons';
import { clampSlide } from './slideIndex';
import { PRESENT_STRINGS } from './strings';

/**
 * The presenter's second window (`#/<lang>/present/<slug>/notes`): the current widget's title and notes, what
 * comes next, and buttons and keys that move the deck. It asks the deck for its slide when it opens and follows it
 * from then on; until a deck answers it says so.
 */
export function NotesView({ lang, slug, chapterTitle, slides }: DeckProps) {
  const t = PRESENT_STRINGS[lang];
  const count = slides.length;
  const [index, setIndex] = useState(0);
  const [following, setFollowing] = useState(false);
  const current = useRef(index);
  current.current = index;

  const post = useDeckChannel(lang, slug, (message) => {
    if (message.type !== 'slide') return;
    setIndex(clampSlide(message.index, count));
    setFollowing(true);
  });
  useEffect(() => post({ type: 'ask' }), [post]);

  const go = useCallback(
    (target: number) => {
      const next = clampSlide(target, count);
      setIndex(next);
      post({ type: 'slide', index: next });
    },
    [count, post],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = deckCommandFor(event);
      if (!command || command === 'fullscreen') return;
      event.preventDefault();
      go(targetSlide(command, current.current, count));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, go]);

  useEffect(() => {
    document.title = `${t.notesWindow} · ${chapterTitle}`;
  }, [t.notesWindow, chapterTitle]);

  const slide = slides[index];
  const next = slides[index + 1];
  return (
    <main id="main" className="notes" data-testid="notes">
      <h1 className="notes__heading">
        {t.notesWindow} · {chapterTitle}
      </h1>
      <p className="notes__status" role="status">
        {following ? t.following : t.waiting}
      </p>
      <p className="notes__counter" aria-live="polite" data-testid="notes-counter">
        {t.slideLabel(index + 1, count)}
      </p>
      <h2 className="notes__title" data-testid="notes-title">
        {slide.title}
      </h2>
      {slide.notes ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: HTML made at build time from the book's own MDX (scripts/vite/presenterNotesHtml.ts), never from input
        <div className="notes__body" dangerouslySetInnerHTML={{ __html: slide.notes }} />
      ) : (
        <p className="notes__body">{t.noNotes}</p>
      )}
      <p className="notes__next" data-testid="notes-next">
        {next ? `${t.nextUp}: ${next.title}` : t.lastSlide}
      </p>
      <nav className="notes__nav" aria-label={t.slides}>
        <SlideButtons t={t} index={index} go={go} />
      </nav>
    </main>
  );
}
