import catalogue from 'virtual:exercise-catalogue';
import type { Lang } from '../../widgets/common/lang';
import { loadExercises, solvedCount } from './exerciseStore';

/** For the contents page: each chapter's solved and total self-checking exercises (chapters with none are absent). */
export function loadSolvedCounts(): Record<string, { solved: number; total: number }> {
  const store = loadExercises();
  const counts: Record<string, { solved: number; total: number }> = {};
  for (const [slug, ids] of Object.entries(catalogue)) {
    if (ids.length > 0) counts[slug] = { solved: solvedCount(store, slug, ids), total: ids.length };
  }
  return counts;
}

/** The contents page's words (kept here, not in strings.ts, so the landing page loads only these). */
export const SOLVED_OF: Record<Lang, (solved: number, total: number) => string> = {
  en: (solved, total) => `${solved} of ${total} exercises solved`,
  zh: (solved, total) => `已解出 ${solved} / ${total} 道练习`,
};
