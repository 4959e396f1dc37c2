import { Link, useLocation, useParams } from 'react-router';
import type { Lang } from '../widgets/common/lang';
import { useSection } from './SectionContext';
import { UI } from './strings';

/** Links to the same page in the other language: same chapter, same section, same widget settings. */
export function LanguageSwitch(props: { lang: Lang }) {
  const other: Lang = props.lang === 'en' ? 'zh' : 'en';
  const { slug } = useParams();
  const location = useLocation();
  const { section } = useSection();
  const search = new URLSearchParams(location.search);
  if (section) search.set('s', section);
  else search.delete('s');
  const query = search.toString();
  // A page without a slug parameter (the glossary) keeps its own path segment.
  const page = slug ?? location.pathname.split('/')[2];
  const target = `/${other}${page ? `/${page}` : ''}${query ? `?${query}` : ''}`;
  return (
    <Link
      to={target}
      hrefLang={other === 'zh' ? 'zh-Hans' : 'en'}
      lang={other === 'zh' ? 'zh-Hans' : 'en'}
      data-testid="language-switch"
    >
      <span className="visually-hidden">{UI[props.lang].language}: </span>
      {UI[props.lang].otherLanguageName}
    </Link>
  );
}
