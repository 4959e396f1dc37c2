import { lazy, Suspense, useEffect } from 'react';
import { useParams } from 'react-router';
import { findChapter, isLang } from '../book/chapters';
import { NotFound } from '../book/NotFound';
import { LangContext } from '../widgets/common/lang';
import { PRESENT_STRINGS } from './strings';

// The deck's code is fetched only by a presenter: readers of the book never load it.
const DeckPage = lazy(() => import('./DeckPage').then((module) => ({ default: module.DeckPage })));
const NotesPage = lazy(() => import('./DeckPage').then((module) => ({ default: module.NotesPage })));

/**
 * `#/<lang>/present/<slug>` (the projected deck) and `#/<lang>/present/<slug>/notes` (the presenter's notes
 * window). Outside the book's layout: no header or navigation on the projected screen.
 */
export function PresentRoute() {
  const { lang, slug, view } = useParams();
  const chapter = findChapter(slug);
  useEffect(() => {
    if (isLang(lang)) document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  }, [lang]);
  if (!isLang(lang) || !chapter || (view !== undefined && view !== 'notes')) return <NotFound />;
  const Page = view === 'notes' ? NotesPage : DeckPage;
  const fallback = (
    <main id="main">
      <p role="status">{PRESENT_STRINGS[lang].loading}</p>
    </main>
  );
  return (
    <LangContext.Provider value={lang}>
      <Suspense fallback={fallback}>
        <Page lang={lang} slug={chapter.slug} chapterTitle={chapter.title[lang]} />
      </Suspense>
    </LangContext.Provider>
  );
}
