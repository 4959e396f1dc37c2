import { type CslEntry, familyName, fullName, yearOf } from './bibliography.ts';

/**
 * One bibliography entry as Markdown syntax-tree nodes (text, emphasis, links), the same entry in both languages:
 * only the word joining the last two authors differs. Links are plain: DOI, arXiv or the entry's own address.
 */

export type Lang = 'en' | 'zh';

export type Phrasing =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Phrasing[] }
  | {
      type: 'link';
      url: string;
      title?: string | null;
      children: Phrasing[];
      data?: Record<string, unknown>;
    };

const text = (value: string): Phrasing => ({ type: 'text', value });
const emphasis = (value: string): Phrasing => ({ type: 'emphasis', children: [text(value)] });
const link = (url: string, label: string): Phrasing => ({ type: 'link', url, children: [text(label)] });

function joinNames(names: string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  if (lang === 'zh') return names.join(', ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Ho, Jain and Abbeel 2020", "Metropolis et al. 1953" (zh: "Metropolis 等 1953"): a citation's tooltip. */
export function shortLabel(entry: CslEntry, lang: Lang): string {
  const families = (entry.author ?? []).map(familyName);
  const who =
    families.length > 2 ? `${families[0]} ${lang === 'zh' ? '等' : 'et al.'}` : joinNames(families, lang);
  return [who, yearOf(entry)].filter(Boolean).join(' ');
}

const endash = (pages: string) => pages.replace(/\s*-+\s*/g, '–');

/** "vol(issue):pages" for a journal, as the chapters wrote it. */
function volumeIssuePages(entry: CslEntry): string {
  const volume = entry.volume === undefined ? '' : String(entry.volume);
  const issue = entry.issue === undefined ? '' : `(${entry.issue})`;
  const pages = entry.page ? `:${endash(entry.page)}` : '';
  return `${volume}${issue}${pages}`;
}

function sentence(parts: string[]): string {
  const joined = parts.filter(Boolean).join(', ');
  return joined === '' ? '' : /[.?!]$/.test(joined) ? `${joined} ` : `${joined}. `;
}

/** The entry's text: authors, title, where it appeared, year; then its links. */
export function formatReference(entry: CslEntry, lang: Lang): Phrasing[] {
  const nodes: Phrasing[] = [];
  const authors = joinNames((entry.author ?? []).map(fullName), lang);
  if (authors) nodes.push(text(sentence([authors])));
  const year = yearOf(entry);
  const title = entry.title ?? '';
  const container = entry['container-title'];
  const pages = entry.page ? `pp. ${endash(entry.page)}` : '';
  const series = [entry['collection-title'], entry.volume].filter(Boolean).join(' ');

  switch (entry.type) {
    case 'article-journal':
    case 'article':
      nodes.push(text(sentence([title])));
      if (container) nodes.push(emphasis(container), text(' '));
      nodes.push(text(sentence([volumeIssuePages(entry), year])));
      break;
    case 'book':
      nodes.push(emphasis(title));
      nodes.push(
        text(`. ${sentence([entry.edition ? `${entry.edition} edition` : '', entry.publisher ?? '', year])}`),
      );
      break;
    case 'chapter': {
      nodes.push(text(sentence([title])));
      const editors = joinNames((entry.editor ?? []).map(fullName), lang);
      nodes.push(text(editors ? `In ${editors} (eds.), ` : 'In '));
      if (container) nodes.push(emphasis(container));
      nodes.push(text(`${series ? `, ${series}` : ''}${pages ? `, ${pages}` : ''}. `));
      nodes.push(text(sentence([entry.publisher ?? '', year])));
      break;
    }
    case 'paper-conference':
      nodes.push(text(sentence([title])));
      if (container) nodes.push(emphasis(container));
      nodes.push(text(`${series ? `, ${series}` : ''}${pages ? `, ${pages}` : ''}, ${year}. `));
      break;
    default:
      nodes.push(text(sentence([title])));
      nodes.push(text(sentence([entry.publisher ?? '', entry.note ?? '', year])));
  }
  if (entry.note && !isDefaultType(entry.type)) nodes.push(text(sentence([entry.note])));

  const links: Phrasing[] = [];
  if (entry.DOI) links.push(link(`https://doi.org/${entry.DOI}`, `doi:${entry.DOI}`));
  if (entry.arxiv) links.push(link(`https://arxiv.org/abs/${entry.arxiv}`, `arXiv:${entry.arxiv}`));
  if (!entry.DOI && !entry.arxiv && entry.URL)
    links.push(link(entry.URL, entry.URL.replace(/^https?:\/\//, '')));
  links.forEach((node, index) => {
    if (index > 0) nodes.push(text(' · '));
    nodes.push(node);
  });
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes;
}

/** Types printed by the default branch, which already prints the note. */
function isDefaultType(type: string): boolean {
  return !['article-journal', 'article', 'book', 'chapter', 'paper-conference'].includes(type);
}
