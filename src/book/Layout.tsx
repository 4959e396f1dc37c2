import { useEffect, useState } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { GLOSSARY_UI } from '../glossary/strings';
import { UpdateNotice } from '../offline/UpdateNotice';
import { SearchButton } from '../search/SearchButton';
import { LangContext } from '../widgets/common/lang';
import { isLang } from './chapters';
import { LanguageSwitch } from './LanguageSwitch';
import { NotFound } from './NotFound';
import { SectionContext } from './SectionContext';
import { UI } from './strings';
import { ThemeSwitch } from './ThemeSwitch';

/** Header (title, contents, language, theme), the page, and the language context every widget reads. */
export function Layout() {
  const { lang } = useParams();
  const [section, setSection] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (isLang(lang)) document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  }, [lang]);
  if (!isLang(lang)) return <NotFound />;
  const t = UI[lang];
  return (
    <LangContext.Provider value={lang}>
      <SectionContext.Provider value={{ section, setSection }}>
        <button type="button" className="skip-link" onClick={skipToMain}>
          {t.skipToContent}
        </button>
        <header className="site-header">
          <Link className="site-title" to={`/${lang}`}>
            {t.bookTitle}
          </Link>
          <nav aria-label={t.mainNavigation} className="site-nav">
            <Link to={`/${lang}#contents`} onClick={() => scrollToContentsSoon()}>
              {t.contents}
            </Link>
            <Link to={`/${lang}/glossary`}>{GLOSSARY_UI[lang].glossary}</Link>
            <SearchButton lang={lang} />
            <LanguageSwitch lang={lang} />
            <ThemeSwitch lang={lang} />
          </nav>
          {/* In the banner landmark, though drawn in a corner: the notice that a new version is waiting. */}
          <UpdateNotice lang={lang} />
        </header>
        <Outlet />
      </SectionContext.Provider>
    </LangContext.Provider>
  );
}

/** With hash routing a "#main" fragment link would be read as a route, so the skip link is a button that moves focus. */
function skipToMain() {
  const main = document.getElementById('main');
  if (main) {
    main.setAttribute('tabindex', '-1');
    main.focus();
  }
}

function scrollToContentsSoon() {
  window.setTimeout(() => document.getElementById('contents')?.scrollIntoView(), 50);
}
