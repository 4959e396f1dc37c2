import { lazy, Suspense } from 'react';
import { useLang } from '../widgets/common/lang';
import { GLOSSARY_UI } from './strings';

/** The glossary page is its own chunk: its definitions and links never weigh on the landing page. */
const GlossaryPage = lazy(() => import('./GlossaryPage'));

export function GlossaryRoute() {
  const lang = useLang();
  return (
    <Suspense
      fallback={
        <main id="main" className="page">
          <p role="status">{GLOSSARY_UI[lang].loading}</p>
        </main>
      }
    >
      <GlossaryPage />
    </Suspense>
  );
}
