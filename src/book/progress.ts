import type { Lang } from '../widgets/common/lang';

/** Reading progress, kept in localStorage: where the reader was last, and which chapters they have opened. */
export interface ReadingProgress {
  last?: { lang: Lang; slug: string; section?: string; sectionTitle?: string };
  visited: Record<string, true>;
}

const STORAGE_KEY = 'fdm:progress:v1';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled (private mode, sandboxed frame)
  }
}

/** Read progress; anything malformed (an old version, a hand-edited value) reads as "no progress yet". */
export function loadProgress(): ReadingProgress {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return { visited: {} };
  try {
    const parsed = JSON.parse(raw) as Partial<ReadingProgress>;
    const visited: Record<string, true> = {};
    if (parsed.visited && typeof parsed.visited === 'object') {
      for (const key of Object.keys(parsed.visited)) if (/^\d\d-[a-z-]+$/.test(key)) visited[key] = true;
    }
    const last = parsed.last;
    const validLast =
      last &&
      (last.lang === 'en' || last.lang === 'zh') &&
      typeof last.slug === 'string' &&
      /^\d\d-[a-z-]+$/.test(last.slug)
        ? {
            lang: last.lang,
            slug: last.slug,
            section: typeof last.section === 'string' ? last.section.slice(0, 80) : undefined,
            sectionTitle: typeof last.sectionTitle === 'string' ? last.sectionTitle.slice(0, 200) : undefined,
          }
        : undefined;
    return { last: validLast, visited };
  } catch {
    return { visited: {} };
  }
}

export function saveProgress(progress: ReadingProgress): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Quota or privacy settings: progress is a convenience, the book works without it.
  }
}

export function recordVisit(
  lang: Lang,
  slug: string,
  section?: string,
  sectionTitle?: string,
): ReadingProgress {
  const progress = loadProgress();
  progress.visited[slug] = true;
  progress.last = { lang, slug, section, sectionTitle };
  saveProgress(progress);
  return progress;
}
