import { lazy, Suspense } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { GlossaryRoute } from '../glossary/GlossaryRoute';
import { PresentRoute } from '../present/PresentRoute';
import { WidgetUrlProvider } from '../widgets/common/state/widgetUrl';
import { ChapterPage } from './ChapterPage';
import { Landing } from './Landing';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/** One widget alone, for an iframe: its own chunk, so the chapters never carry it. */
const EmbedPage = lazy(() => import('../embed/EmbedPage'));

/** A first visit lands on the reader's language when it is Chinese, otherwise on English. */
function preferredLang(): 'en' | 'zh' {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/**
 * Hash routing (`#/zh/03-partition-function`): addresses are readable and stable, and the built book works from
 * any static host or sub-folder without server rewrites. The declarative router is enough for a book (no loaders
 * or actions) and is 50 KB lighter than the data router, which a phone has to download and run before any text.
 */
export function App() {
  return (
    <HashRouter>
      <WidgetUrlProvider>
        <Routes>
          <Route path="/" element={<Navigate to={`/${preferredLang()}`} replace />} />
          <Route
            path="/:lang/embed/:widgetId"
            element={
              <Suspense fallback={null}>
                <EmbedPage />
              </Suspense>
            }
          />
          <Route path="/:lang" element={<Layout />}>
            <Route index element={<Landing />} />
            <Route path="glossary" element={<GlossaryRoute />} />
            <Route path=":slug" element={<ChapterPage />} />
          </Route>
          {/* The presenter deck and its notes window, outside the layout: nothing but the deck on the projector. */}
          <Route path="/:lang/present/:slug/:view?" element={<PresentRoute />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </WidgetUrlProvider>
    </HashRouter>
  );
}
