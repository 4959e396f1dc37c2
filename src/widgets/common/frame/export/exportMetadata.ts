/**
 * What an exported figure carries about itself, so that a figure pasted into a slide months later can be opened
 * again exactly as it was: the same widget, language, parameters and seed, through a link. The same record goes
 * into the PNG's text chunks, the SVG's <metadata> and (shortened) the file name. The frame builds it from the
 * widget's own state (share/exportRecord.ts).
 */
export interface ExportMetadata {
  /** The figure's title as the reader saw it (in the reading language). */
  title: string;
  /** The widget's registry id, e.g. 'walk-demo': the prefix of its URL parameters. */
  widget: string;
  /** The reading language, 'en' or 'zh'. */
  lang: string;
  /** The widget's URL parameters without the `<id>.` prefix (and without the seed, which has its own field). */
  params: Record<string, string>;
  seed?: number;
  /** An absolute URL that reopens the chapter with this widget configured the same way. */
  link: string;
  /** When the file was made, ISO 8601. */
  created: string;
}

/** File names stay short enough for every file system and slide tool (255 bytes is the usual hard limit). */
const STEM_LIMIT = 120;
/** One long value (a typed formula) must not crowd out every other parameter. */
const VALUE_LIMIT = 24;

/** Letters, digits, '.', '-' only: safe on Windows, macOS, Linux and in URLs; anything else becomes '-'. */
function safe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * The file name without extension: `walk-demo_steps-50_sigma-1.5_seed-7`. Parameters are kept in order while they
 * fit within ~120 characters; the seed is always kept, last, because without it a random figure cannot be
 * reproduced (the full parameter set is in the file's metadata anyway).
 */
export function exportFileStem(meta: Pick<ExportMetadata, 'widget' | 'params' | 'seed'>): string {
  const tail = meta.seed !== undefined ? `_seed-${safe(String(meta.seed))}` : '';
  const widget = (safe(meta.widget) || 'figure').slice(0, STEM_LIMIT - tail.length);
  let stem = widget;
  for (const [name, value] of Object.entries(meta.params)) {
    if (name === 'seed') continue;
    const key = safe(name);
    // A negative number keeps its sign: `_mu--0.5`.
    const sign = /^-\d/.test(value.trim()) ? '-' : '';
    const text =
      sign +
      safe(value)
        .slice(0, VALUE_LIMIT)
        .replace(/[-.]+$/, '');
    // A value with nothing safe in it (a Chinese label) is left to the metadata.
    if (!key || !text) continue;
    const part = `_${key}-${text}`;
    // Skip a parameter that does not fit, but try the next: a short one may still fit.
    if (stem.length + part.length + tail.length <= STEM_LIMIT) stem += part;
  }
  return stem + tail;
}

/** One line for humans: "Random walk: steps=50, sigma=1.5, seed=7" (ASCII punctuation: an English title stays
 * Latin-1, so the PNG can use the plain tEXt chunk that every viewer reads). */
export function describeExport(meta: ExportMetadata): string {
  const parts = Object.entries(meta.params).map(([name, value]) => `${name}=${value}`);
  if (meta.seed !== undefined) parts.push(`seed=${meta.seed}`);
  return parts.length > 0 ? `${meta.title}: ${parts.join(', ')}` : meta.title;
}

/**
 * The record as JSON for the files: in the SVG it is XML text (XMLSerializer escapes & < >, but the two
 * noncharacters that JSON leaves raw are not allowed in XML), in the PNG a text chunk.
 */
export function metadataJson(meta: ExportMetadata): string {
  return JSON.stringify(meta).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
