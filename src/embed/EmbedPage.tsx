import { useEffect } from 'react';
import { useParams } from 'react-router';
import { isLang } from '../book/chapters';
import { NotFound } from '../book/NotFound';
import { LoadedWidget } from '../widgets/common/frame/LoadedWidget';
import { LangContext } from '../widgets/common/lang';
import { ALL_WIDGETS } from '../widgets/registry';
import './embed.css';

const STRINGS = {
  en: (id: string) => `There is no figure “${id}” in this book. Check the iframe's address.`,
  zh: (id: string) => `本书中没有名为“${id}”的图。请检查 iframe 的地址。`,
};

/**
 * `#/<lang>/embed/<widget-id>?…`: one widget alone, sized to its frame, for an iframe in a course page or a slide
 * (the share panel writes the snippet). Served framable from `embed.html` only (scripts/vite/framing.ts).
 */
export default function EmbedPage() {
  const { lang, widgetId = '' } = useParams();
  useEffect(() => {
    document.documentElement.classList.add('embedded');
    return () => document.documentElement.classList.remove('embedded');
  }, []);
  useEffect(() => {
    if (isLang(lang)) document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  }, [lang]);
  if (!isLang(lang)) return <NotFound />;
  const entry = ALL_WIDGETS.find((widget) => widget.id === widgetId);
  return (
    <LangContext.Provider value={lang}>
      <main id="main" className="embed" lang={lang === 'zh' ? 'zh-Hans' : 'en'}>
        {entry ? (
          <LoadedWidget entry={entry} mode="embed" />
        ) : (
          <p role="alert">{STRINGS[lang](widgetId.slice(0, 60))}</p>
        )}
      </main>
    </LangContext.Provider>
  );
}
