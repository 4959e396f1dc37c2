import type { MDXProps } from 'mdx/types';
import { type ComponentType, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { type Lang, useLang } from '../widgets/common/lang';
import { afterNextPaint } from './afterNextPaint';
import { ChapterEnd, ChapterProseContext, ChapterSection } from './ChapterSection';
import { chapterComponent, chapterProse, shellPainted } from './chapterContent';
import { type ChapterInfo, findChapter, neighbours } from './chapters';
import { NotFound } from './NotFound';
import { recordVisit } from './progress';
import { createProseQueue, type ProseLoader } from './proseQueue';
import { ScrollToSection } from './ScrollToSection';
import { useSection } from './SectionContext';
import { StaticHtml } from './StaticHtml';
import { UI } from './strings';
import { useReadingAids } from './useReadingAids';
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
  const requestedWidget = searchParams.get('w');
  const t = UI[lang];
  const chapterKey = `${lang}/${chapter?.slug}`;
  const [completeKey, setCompleteKey] = useState<string>();
  const complete = completeKey === chapterKey;
  const markComplete = useCallback(() => setCompleteKey(chapterKey), [chapterKey]);
  const [failedKey, setFailedKey] = useState<string>();
  const markFailed = useCallback(() => setFailedKey(chapterKey), [chapterKey]);

  useSectionTracking(articleRef, chapter?.slug);
  // Glossary definitions on hover and focus, citations that jump to their entry (loaded after the page is up).
  useReadingAids(lang);

  useEffect(() => {
    afterNextPaint().then(shellPainted);
  }, []);

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
      <article
        ref={articleRef}
        className="chapter"
        lang={lang === 'zh' ? 'zh-Hans' : 'en'}
        aria-busy={complete ? undefined : true}
      >
        <p className="chapter__number">{t.chapter(chapter.number)}</p>
        <h1>{chapter.title[lang]}</h1>
        {chapter.status === 'outline' && <p className="badge">{t.inPreparation}</p>}
        <Suspense fallback={<p role="status">{t.loading}</p>}>
          {/* A link to a section shows the whole chapter at once, so there is something to scroll to. */}
          <ChapterBody
            key={chapterKey}
            Content={Content}
            loadProse={chapterProse(lang, chapter.slug)}
            paced={!requestedSection && !requestedWidget}
            onComplete={markComplete}
            onFailure={markFailed}
          />
          {failedKey === chapterKey && <p role="alert">{t.proseFailed}</p>}
          {complete && <ScrollToSection id={requestedSection} widget={requestedWidget} slug={chapter.slug} />}
          {/* Shown once the whole chapter is in place, so the links never jump down (layout shift). */}
          {complete && <PrevNext lang={lang} previous={previous} next={next} />}
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

/** Elements the build writes into every chapter (see scripts/mdx/rehypeStaticHtml.ts and rehypeSections.ts). */
const CHAPTER_COMPONENTS = { StaticHtml, ChapterSection, ChapterEnd };

/**
 * The chapter's text. When `paced`, the opening is shown first and the sections are filled in afterwards (see
 * proseQueue.ts); `onComplete` is called once everything is in place.
 */
function ChapterBody(props: {
  Content: ComponentType<MDXProps>;
  loadProse: ProseLoader;
  paced: boolean;
  onComplete: () => void;
  onFailure: () => void;
}) {
  const [queue] = useState(() => createProseQueue(props.loadProse, props.paced, props.onFailure));
  const prose = useMemo(() => ({ queue, complete: props.onComplete }), [queue, props.onComplete]);
  return (
    <ChapterProseContext.Provider value={prose}>
      <ChapterText Content={props.Content} />
    </ChapterProseContext.Provider>
  );
}

/** The MDX body never re-renders for URL changes made by widgets (it has no props that change). */
const ChapterText = memo(function ChapterText(props: { Content: ComponentType<MDXProps> }) {
  const { Content } = props;
  return <Content components={CHAPTER_COMPONENTS} />;
});
