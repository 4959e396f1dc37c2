import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadedWidget } from '../widgets/common/frame/LoadedWidget';
import type { Lang } from '../widgets/common/lang';
import { useDeckChannel } from './deckChannel';
import type { Slide } from './deckData';
import { deckCommandFor } from './deckKeys';
import { notesAddress, targetSlide } from './navigation';
import { SlideButtons } from './SlideButtons';
import { clampSlide, parseSlideParam } from './slideIndex';
import { PRESENT_STRINGS } from './strings';
import { useFullscreen } from './useFullscreen';

export interface DeckProps {
  lang: Lang;
  slug: string;
  chapterTitle: string;
  slides: Slide[];
}

/**
 * The projected screen: one widget at a time, in projector mode, with a slide counter, the widget's title and the
 * presenter's buttons. The slide is kept in the address (`?slide=3`), beside the widgets' own parameters. Keys are
 * read on the window in the bubbling phase, after the figure and its controls have had them (deckKeys.ts).
 * The notes are never shown here: they are in the notes window (NotesView.tsx), kept in step over the channel.
 */
export function DeckView({ lang, slug, chapterTitle, slides }: DeckProps) {
  const t = PRESENT_STRINGS[lang];
  const [params, setParams] = useSearchParams();
  const count = slides.length;
  const { index, notice } = parseSlideParam(params.get('slide'), count);
  const slide = slides[index];
  const deckRef = useRef<HTMLElement>(null);
  const fullscreen = useFullscreen(deckRef);
  const [blockedUrl, setBlockedUrl] = useState<string>();
  const current = useRef(index);
  current.current = index;

  const go = useCallback(
    (target: number) => {
      const next = String(clampSlide(target, count) + 1);
      setParams(
        (previous) => {
          const search = new URLSearchParams(previous);
          search.set('slide', next);
          return search;
        },
        { replace: true },
      );
    },
    [count, setParams],
  );

  const post = useDeckChannel(lang, slug, (message) => {
    if (message.type === 'ask') post({ type: 'slide', index: current.current });
    else go(message.index);
  });
  // Announced when the deck opens and on every change, so a notes window follows.
  useEffect(() => post({ type: 'slide', index }), [post, index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = deckCommandFor(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'fullscreen') fullscreen.toggle();
      else go(targetSlide(command, current.current, count));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, fullscreen.toggle, go]);

  useEffect(() => {
    document.title = `${t.deck} · ${chapterTitle}`;
  }, [t.deck, chapterTitle]);

  const openNotes = () => {
    const url = notesAddress(lang, slug);
    const opened = window.open(url, `presenter-notes-${lang}-${slug}`, 'popup,width=960,height=720');
    setBlockedUrl(opened ? undefined : url);
  };

  return (
    <main id="main" ref={deckRef} className="deck" data-testid="deck">
      <div className="deck__bar">
        <h1 className="deck__chapter">{chapterTitle}</h1>
        <p className="deck__where" aria-live="polite" data-testid="deck-where">
          <span className="deck__counter" aria-hidden="true">
            {t.slideOf(index + 1, count)}
          </span>
          <span className="visually-hidden">
            {t.slideLabel(index + 1, count)}
            {t.separator}
          </span>
          <span className="deck__title">{slide.title}</span>
        </p>
        <nav className="deck__nav" aria-label={t.slides}>
          <SlideButtons t={t} index={index} go={go} />
          {fullscreen.available && (
            <button type="button" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
              {fullscreen.active ? t.leaveFullScreen : t.fullScreen}
            </button>
          )}
          <button type="button" onClick={openNotes}>
            {t.openNotes}
          </button>
          {/* The widgets' parameters go along, so the chapter's figures show what the deck showed. */}
          <Link to={{ pathname: `/${lang}/${slug}`, search: withoutSlide(params) }}>{t.backToChapter}</Link>
        </nav>
      </div>
      {notice && (
        <p className="deck__notice" role="status">
          {notice.reason === 'too-high' ? t.tooHigh(notice.asked, count) : t.notANumber(notice.asked)}
        </p>
      )}
      {blockedUrl && (
        <p className="deck__notice" role="alert">
          {t.popupBlocked} <a href={blockedUrl}>{blockedUrl}</a>
        </p>
      )}
      <div className="deck__stage">
        <LoadedWidget key={slide.id} entry={slide.entry} mode="deck" />
      </div>
      <p className="deck__keys">{t.keysHint}</p>
    </main>
  );
}

function withoutSlide(params: URLSearchParams): string {
  const search = new URLSearchParams(params);
  search.delete('slide');
  const text = search.toString();
  return text ? `?${text}` : '';
}
