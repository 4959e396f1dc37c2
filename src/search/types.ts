import type { Lang } from '../widgets/common/languages';

/**
 * One searchable passage: a chapter's opening, one of its sections, or (later) a glossary entry. The build writes
 * these into each language's index (scripts/search/); the dialog shows `group`, `title` and a snippet of `text`.
 */
export interface SearchDocument {
  /** Unique within its language, e.g. `03-partition-function#gibbs-distribution`. */
  id: string;
  /** Where Enter takes the reader: a path inside the hash, e.g. `/en/03-partition-function?s=gibbs-distribution`. */
  path: string;
  /** The id of the element to highlight the term in (a section's h2), or empty for the page's main text. */
  target: string;
  /** What the passage belongs to, shown above its title, e.g. `Chapter 3 · The partition function`. */
  group: string;
  /** The section's heading (or the glossary term). */
  title: string;
  /** Plain text, math and markup stripped. */
  text: string;
}

/** Each language's documents, as the index builder receives them. */
export type SearchDocumentsByLang = Record<Lang, SearchDocument[]>;
