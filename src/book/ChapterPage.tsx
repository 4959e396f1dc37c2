import { memo, Suspense, useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { type Lang, useLang } from '../widgets/common/lang';
import { chapterComponent } from './chapterContent';
import { type ChapterInfo, findChapter, neighbours } from './chapters';
import { NotFound } from './NotFound';
import { recordVisit } from './progress';
import { useSection } from './SectionContext';
import { UI } from './strings';
import { useSectionTracking } from './useSectionTracking';

export function ChapterPage() {
  const lang = useLang();
  const { slug } = useParams();
  const chapter = findChapter(slug);
  const Content = chapter ? chapterComponent(lang, chapter.slug) : undefined;
  const articleRef = useRef<HTMLElement>(null);
  const { section } = useSection();
  const [searchParams] = useSearchParams();
  const requestedSection = searchParams.get('s');
  const t = UI[lang];

  useSectionTracking(articleRef, chapter?.slug);

  useEffect(() => {
    if (chapter) document.title = `${chapter.title[lang]} · ${t.bookTitle}`;
  }, [chapter, lang, t.bookTitle]);

  useEffect(() => {
    if (!chapter) return;
    const heading = section ? document.getElementById(section) : null;
    recordVisit(lang, chapter.slug, section, heading?.textContent ?? undefined);
  }, [chapter, lang, section]);

  if (!chapter || !Content) return <NotFound />;
  const { previous, next } = neighbours(chapter.slug);

  return (
    <main id="main" className="page page--chapter">
      <article ref={articleRef} className="chapter" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
        <p className="chapter__number">{t.chapter(chapter.number)}</p>
        <h1>{chapter.title[lang]}</h1>
        {chapter.status === 'outline' && <p className="badge">{t.inPreparation}</p>}
        <Suspense fallback={<p role="status">{t.loading}</p>}>
          <ChapterBody Content={Content} />
          <ScrollToSection id={requestedSection} slug={chapter.slug} />
          {/* Inside the boundary: shown once the chapter has loaded, so the links never jump down (layout shift). */}
          <PrevNext lang={lang} previous={previous} next={next} />
        </Suspense>
      </article>
    </main>
  );
}

function PrevNext(props: { lang: Lang; previous?: ChapterInfo; next?: ChapterInfo }) {
  const { lang, previous, next } = props;
  const t = UI[lang];
  return (
    <nav className="prev-next" aria-label={`${t.previous} / ${t.next}`}>
      {previous ? (
        <Link rel="prev" to={`/${lang}/${previous.slug}`}>
          ← {t.previous}: {previous.title[lang]}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link rel="next" to={`/${lang}/${next.slug}`}>
          {t.next}: {next.title[lang]} →
        </Link>
      )}
    </nav>
  );
}

/** The MDX body never re-renders for URL changes made by widgets (it has no props that change). */
const ChapterBody = memo(function ChapterBody(props: { Content: React.ComponentType }) {
  const { Content } = props;
  return <Content />;
});

/** Runs after the chapter has rendered: brings the requested section into view (once per chapter). */
function ScrollToSection(props: { id: string | null; slug: string }) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    const key = `${props.slug}#${props.id}`;
    if (done.current === key) return;
    done.current = key;
    if (props.id) document.getElementById(props.id)?.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [props.id, props.slug]);
  return null;
}
