import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLang } from '../widgets/common/lang';
import { findChapter } from './chapters';
import { LANDING } from './landingText';
import { loadProgress } from './progress';
import { useSection } from './SectionContext';
import { UI } from './strings';
import { TableOfContents } from './TableOfContents';

export function Landing() {
  const lang = useLang();
  const t = UI[lang];
  const text = LANDING[lang];
  const [progress] = useState(loadProgress);
  const { setSection } = useSection();
  useEffect(() => {
    setSection(undefined);
    document.title = t.bookTitle;
  }, [setSection, t.bookTitle]);
  const last = progress.last ? findChapter(progress.last.slug) : undefined;

  return (
    <main id="main" className="page page--landing">
      <h1>{t.bookTitle}</h1>
      <p className="lead">{text.lead}</p>

      {last && progress.last && (
        <p className="continue">
          <Link
            to={`/${lang}/${last.slug}${progress.last.section ? `?s=${encodeURIComponent(progress.last.section)}` : ''}`}
            data-testid="continue-reading"
          >
            {t.continueReading}: {t.chapter(last.number)} ·{' '}
            {t.continueAt(
              last.title[lang],
              progress.last.lang === lang ? progress.last.sectionTitle : undefined,
            )}
          </Link>
        </p>
      )}

      <section aria-labelledby="audience">
        <h2 id="audience">{text.audienceTitle}</h2>
        <ul>
          {text.audience.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="contents">
        <h2 id="contents">{text.mapTitle}</h2>
        <p>{text.mapIntro}</p>
        <TableOfContents lang={lang} visited={progress.visited} />
      </section>

      <section aria-labelledby="path">
        <h2 id="path">{text.pathTitle}</h2>
        <p>{text.path}</p>
      </section>

      <section aria-labelledby="uses">
        <h2 id="uses">{text.usesTitle}</h2>
        <p>{text.usesIntro}</p>
        <dl className="uses">
          {text.uses.map(([field, what]) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </section>
    </main>
  );
}
