import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

/**
 * The book's bibliography (content/references.bib), parsed at build time by Citation.js into CSL-JSON. Nothing of
 * this module reaches the browser: remarkCitations.ts writes each chapter's numbered list as plain HTML.
 */

export const BIBLIOGRAPHY_FILE = fileURLToPath(new URL('../../content/references.bib', import.meta.url));

interface CslName {
  given?: string;
  family?: string;
  literal?: string;
  'non-dropping-particle'?: string;
}

/** The CSL-JSON fields the book prints (Citation.js fills many more). */
export interface CslEntry {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  edition?: string | number;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  note?: string;
  DOI?: string;
  URL?: string;
  issued?: { 'date-parts'?: Array<Array<number | string>>; literal?: string };
  /** Set by parseBibliography from the entry's `eprint` when its archive is arXiv. */
  arxiv?: string;
}

export type Bibliography = ReadonlyMap<string, CslEntry>;

/** BibTeX text → entries by key. Throws on a duplicate key. */
export function parseBibliography(bibtex: string): Bibliography {
  const entries = new Cite(bibtex).data as Array<CslEntry & { number?: string; publisher?: string }>;
  const byKey = new Map<string, CslEntry>();
  for (const entry of entries) {
    if (byKey.has(entry.id)) throw new Error(`references.bib: the key ${entry.id} is used twice`);
    byKey.set(entry.id, { ...entry, arxiv: arxivIdOf(entry, bibtex) });
  }
  return byKey;
}

/**
 * Citation.js maps `eprint` + `archiveprefix = {arXiv}` to CSL's `number` with publisher "arXiv" for preprints, but
 * drops it on published papers; read it from the entry's own BibTeX text so both keep their arXiv link.
 */
function arxivIdOf(entry: { id: string }, bibtex: string): string | undefined {
  const start = bibtex.search(new RegExp(`@\\w+\\s*\\{\\s*${escapeRegExp(entry.id)}\\s*,`));
  if (start < 0) return undefined;
  const next = bibtex.slice(start + 1).search(/\n@/);
  const text = next < 0 ? bibtex.slice(start) : bibtex.slice(start, start + 1 + next);
  if (!/archiveprefix\s*=\s*\{?\s*arxiv/i.test(text)) return undefined;
  return /\beprint\s*=\s*\{\s*([^}\s]+)\s*\}/i.exec(text)?.[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let cached: { mtime: number; bibliography: Bibliography } | undefined;

/** The book's bibliography, re-read when the file changes (so the dev server picks up edits). */
export function loadBibliography(file = BIBLIOGRAPHY_FILE): Bibliography {
  const mtime = statSync(file).mtimeMs;
  if (!cached || cached.mtime !== mtime || file !== BIBLIOGRAPHY_FILE) {
    const bibliography = parseBibliography(readFileSync(file, 'utf8'));
    if (file !== BIBLIOGRAPHY_FILE) return bibliography;
    cached = { mtime, bibliography };
  }
  return cached.bibliography;
}

export function yearOf(entry: CslEntry): string {
  const year = entry.issued?.['date-parts']?.[0]?.[0] ?? entry.issued?.literal;
  return year === undefined ? '' : String(year);
}

export function familyName(name: CslName): string {
  const particle = name['non-dropping-particle'];
  const family = name.family ?? name.literal ?? '';
  return particle ? `${particle} ${family}` : family;
}

export function fullName(name: CslName): string {
  return [name.given, familyName(name)].filter(Boolean).join(' ');
}
