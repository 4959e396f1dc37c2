import uses from 'virtual:glossary-uses';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { GLOSSARY } from '../../content/glossary';
import { CHAPTERS, chapterPath } from '../book/chapters';
import { useSection } from '../book/SectionContext';
import { UI } from '../book/strings';
import { type Lang, useLang } from '../widgets/common/lang';
import { GLOSSARY_PAGE } from './pageStrings';
import { GLOSSARY_UI } from './strings';

const COLLATOR: Record<Lang, Intl.Collator> = {
  en: new Intl.Collator('en', { sensitivity: 'base' }),
  // Chinese terms in pinyin order, as a Chinese index is read.
  zh: new Intl.Collator('zh-Hans-u-co-pinyin'),
};

/** Every term (both names, definition) with links to its first use in each chapter that marks it. */
export default function GlossaryPage() {
  const lang = useLang();
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const t = { ...GLOSSARY_UI[lang], ...GLOSSARY_PAGE[lang] };
  const { setSection } = useSection();
  useEffect(() => {
    setSection(undefined);
    document.title = `${t.glossary} · ${UI[lang].bookTitle}`;
  }, [setSection, t.glossary, lang]);
  const terms = useMemo(
    () => [...GLOSSARY].sort((a, b) => COLLATOR[lang].compare(a[lang].term, b[lang].term)),
    [lang],
  );

  return (
    <main id="main" className="page glossary-page">
      <h1>{t.glossary}</h1>
      <p>{t.intro}</p>
      <dl className="glossary">
        {terms.map((term) => {
          const chapters = (uses[term.id]?.[lang] ?? [])
            .map((slug) => CHAPTERS.find((chapter) => chapter.slug === slug))
            .filter((chapter) => chapter !== undefined);
          return (
            <div key={term.id} id={`glossary-${term.id}`} className="glossary__entry">
              <dt>
                <span className="glossary__term">{term[lang].term}</span>{' '}
                <span className="glossary__other" lang={other === 'zh' ? 'zh-Hans' : 'en'}>
                  {term[other].term}
                </span>
              </dt>
              <dd>
                <p>{term[lang].definition}</p>
                <p className="glossary__uses">
                  {chapters.length === 0 ? (
                    t.notUsedYet
                  ) : (
                    <>
                      {t.firstUse}
                      {chapters.map((chapter, index) => (
                        <span key={chapter.slug}>
                          {index > 0 && ' · '}
                          <Link to={chapterPath(lang, chapter.slug, `term-${term.id}`)}>
                            {UI[lang].chapter(chapter.number)} {chapter.title[lang]}
                          </Link>
                        </span>
                      ))}
                    </>
                  )}
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </main>
  );
}
