import type { ComponentType } from 'react';
import { Link } from 'react-router';
import type { Lang } from '../widgets/common/lang';
import { type DeckProps, DeckView } from './DeckView';
import { NotesView } from './NotesView';
import { PRESENT_STRINGS } from './strings';
import { useSlides } from './useSlides';
import './present.css';

interface PageProps {
  lang: Lang;
  slug: string;
  chapterTitle: string;
}

/** The deck's screen (`#/<lang>/present/<slug>`), once the chapter's slides have loaded. */
export function DeckPage(props: PageProps) {
  return <WithSlides {...props} View={DeckView} className="deck" />;
}

/** The notes window (`#/<lang>/present/<slug>/notes`). */
export function NotesPage(props: PageProps) {
  return <WithSlides {...props} View={NotesView} className="notes" />;
}

function WithSlides(props: PageProps & { View: ComponentType<DeckProps>; className: string }) {
  const { lang, slug, chapterTitle, View } = props;
  const t = PRESENT_STRINGS[lang];
  const state = useSlides(lang, slug);
  if (state.status === 'ready' && state.slides.length > 0)
    return (
      <View
        key={`${lang}/${slug}`}
        lang={lang}
        slug={slug}
        chapterTitle={chapterTitle}
        slides={state.slides}
      />
    );
  const message = {
    loading: t.loading,
    failed: t.failed,
    missing: t.noSlides,
    ready: t.noSlides,
  }[state.status];
  return (
    <main id="main" className={props.className}>
      <h1>{chapterTitle}</h1>
      <p role={state.status === 'failed' ? 'alert' : 'status'}>{message}</p>
      <p>
        <Link to={`/${lang}/${slug}`}>{t.backToChapter}</Link>
      </p>
    </main>
  );
}
