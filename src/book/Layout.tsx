import { type RefObject, useEffect, useRef, useState } from 'react';
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
  const headerRef = useRef<HTMLElement>(null);
  useHeaderHeight(headerRef);
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
        <header className="site-header" ref={headerRef}>
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

/**
 * The sticky header's height as `--header-height` on the page, so that a section or a figure scrolled into view
 * (a shared link, a search result) lands below it: on a phone the header wraps to three lines and a fixed margin
 * left a figure's title under it. Set through the CSSOM, which the CSP allows (it forbids style attributes).
 */
function useHeaderHeight(header: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = header.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--header-height', `${Math.ceil(element.getBoundingClientRect().height)}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
