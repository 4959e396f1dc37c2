import { GLOSSARY } from '../../content/glossary.ts';
import type { SearchSource } from './searchIndexPlugin.ts';

/**
 * The glossary as passages of the search index: one per term, its name in the reader's language with the other
 * language's name beside it (so an English term typed in the Chinese book finds its entry), and its definition.
 * Enter goes to the glossary page, to the term's entry (`glossary-<id>`, src/glossary/GlossaryPage.tsx).
 */
export const glossarySearch: SearchSource = (lang) => {
  const other = lang === 'zh' ? 'en' : 'zh';
  return {
    documents: GLOSSARY.map((term) => ({
      id: `glossary#${term.id}`,
      path: `/${lang}/glossary`,
      target: `glossary-${term.id}`,
      group: lang === 'zh' ? '术语表' : 'Glossary',
      title: `${term[lang].term} (${term[other].term})`,
      text: term[lang].definition,
    })),
    watchFiles: ['content/glossary.ts'],
  };
};
