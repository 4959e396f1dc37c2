import { useState } from 'react';
import { Link } from 'react-router';
import type { Lang } from '../widgets/common/lang';
import { CHAPTERS } from './chapters';
import { loadSolvedCounts, SOLVED_OF } from './exercises/solvedCounts';
import { UI } from './strings';

/** The chapter map: number, title, what it teaches, and whether the reader has opened it. */
export function TableOfContents(props: { lang: Lang; visited: Record<string, true>; current?: string }) {
  const t = UI[props.lang];
  const [exercises] = useState(loadSolvedCounts);
  return (
    <ol className="toc">
      {CHAPTERS.map((chapter) => (
        <li
          key={chapter.slug}
          className={chapter.slug === props.current ? 'toc__item toc__item--current' : 'toc__item'}
        >
          <Link
            to={`/${props.lang}/${chapter.slug}`}
            aria-current={chapter.slug === props.current ? 'page' : undefined}
          >
            <span className="toc__number">{t.chapter(chapter.number)}</span>
            <span className="toc__title">{chapter.title[props.lang]}</span>
          </Link>
          <span className="toc__summary">{chapter.summary[props.lang]}</span>
          {chapter.status === 'outline' && <span className="badge">{t.inPreparation}</span>}
          {props.visited[chapter.slug] && <span className="badge badge--done">✓ {t.visited}</span>}
          {exercises[chapter.slug] && (
            <span className="toc__exercises" data-testid="toc-exercises">
              {SOLVED_OF[props.lang](exercises[chapter.slug].solved, exercises[chapter.slug].total)}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
