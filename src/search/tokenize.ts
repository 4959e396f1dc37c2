import type { Lang } from '../widgets/common/languages';

/**
 * Splitting text into the terms the search index stores, the same way at build time (Node) and in the browser.
 *
 * Chinese is written without spaces, so its words come from the dictionary-based word breaker every modern
 * JavaScript engine has (`Intl.Segmenter`, ICU): 配分函数 is indexed as 配分 + 函数, so a query for 配分函数 finds
 * it, while 分函 (two characters that straddle a word boundary) segments as 分 + 函 and matches nothing. English
 * uses the same breaker: it keeps "log-sum-exp" apart at the hyphens and drops punctuation.
 */
const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenter(lang: Lang): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', { granularity: 'word' });
    segmenters.set(lang, found);
  }
  return found;
}

/** The words of `text`, in order, lower-cased; spaces and punctuation dropped. */
export function tokenize(text: string, lang: Lang): string[] {
  const words: string[] = [];
  for (const part of segmenter(lang).segment(text)) {
    if (part.isWordLike) words.push(part.segment.toLowerCase());
  }
  return words;
}

/** Every position in `text` where a word starts or ends (0 and text.length included), for whole-word matching. */
export function wordBoundaries(text: string, lang: Lang): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const part of segmenter(lang).segment(text)) {
    boundaries.add(part.index);
    boundaries.add(part.index + part.segment.length);
  }
  return boundaries;
}
