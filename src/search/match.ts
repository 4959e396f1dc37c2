import type { Lang } from '../widgets/common/languages';
import { wordBoundaries } from './tokenize';

/** A stretch of text, [start, end) in UTF-16 units. */
export type Span = readonly [number, number];

/**
 * Where the `needles` occur in `text` as whole words or whole runs of words: an occurrence counts only when it
 * starts and ends on a word boundary. So in 配分函数 (配分 + 函数) the needle 配分函数 or 函数 is found, but 分函 is
 * not; in English "partition" is found in "partition function" but not in "repartition". Case-insensitive.
 * Returns the spans sorted, overlaps merged.
 */
export function findOccurrences(text: string, lang: Lang, needles: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few letters (İ); then compare as written rather than misplace spans.
  const haystack = lower.length === text.length ? lower : text;
  const boundaries = wordBoundaries(text, lang);
  const spans: Array<[number, number]> = [];
  for (const needle of needles) {
    const wanted = haystack === lower ? needle.toLowerCase() : needle;
    if (!wanted) continue;
    for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      if (boundaries.has(at) && boundaries.has(end)) spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** A piece of a snippet: plain text, or a matched term to show in `<mark>`. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Cut `text` into parts, marking the spans (which must be sorted and disjoint, as findOccurrences gives them). */
export function markSpans(text: string, spans: readonly Span[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * A short excerpt around the first occurrence (about `length` characters, a little context before it), with every
 * occurrence inside it marked. Without occurrences (the match was in the title), the passage's beginning.
 */
export function snippet(text: string, spans: readonly Span[], length = 160): SnippetPart[] {
  const first = spans[0];
  let start = first ? Math.max(0, first[0] - Math.round(length / 4)) : 0;
  // Start on a space in spaced scripts, so the excerpt does not open mid-word.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 20) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  const inside = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as const);
  const parts = markSpans(text.slice(start, end), inside);
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}

/** The words of a query as the reader typed them (split at spaces, punctuation trimmed), lower-cased. */
export function queryParts(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((part) => part.length > 0);
}
