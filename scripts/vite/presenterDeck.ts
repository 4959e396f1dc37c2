import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { DeckSlideData } from '../../src/present/types.ts';
import { notesToHtml } from './presenterNotesHtml.ts';

/**
 * Serves the presenter deck's data (`#/<lang>/present/<slug>`, src/present/): `virtual:presenter-deck` maps
 * `<lang>/<slug>` to a loader of `virtual:presenter-deck/<lang>/<slug>`, the chapter's widgets in the order its
 * MDX shows them, each with the notes written next to it:
 *
 *   <ColdSpread />
 *
 *   <PresenterNotes widget="cold" title="Who catches the cold">
 *   - Markdown for the instructor…
 *   </PresenterNotes>
 *
 * Why: notes live beside the widget they are about, so they move with it; the deck loads one chapter's notes and
 * no widget's code until its slide is shown. Component names are resolved to ids by reading the widget registries
 * (src/widgets/<folder>/registry.ts). A note naming a widget the chapter does not show, two notes for one widget,
 * or two languages whose widget lists differ is a build error.
 *
 * The chapter page must not carry the notes: the transform below empties every `<PresenterNotes>` before MDX
 * compiles the file (keeping its line count, so MDX's error positions stay right), and the component renders
 * nothing. For that the plugin must come before the MDX plugin in vite.config.ts.
 */

export const PRESENTER_DECK_ID = 'virtual:presenter-deck';
const RESOLVED_ID = `\0${PRESENTER_DECK_ID}`;
const WIDGET_IMPORT = /^import \{([^}]+)\} from '[^']*chapterWidgets'/gm;
const WIDGET_TAG = /^<([A-Z][A-Za-z0-9]*)\s*\/>/gm;
const NOTES = /^<PresenterNotes\b([^>]*?)>([\s\S]*?)^<\/PresenterNotes>/gm;
const REGISTRY_ENTRY = /^\s+([A-Z][A-Za-z0-9]*): \{\s*\n\s*id: '([a-z0-9-]+)'/gm;

/** Every chapter's `<folder>/registry.ts` under the widgets folder. */
function registryFiles(widgetsDir: string): string[] {
  return readdirSync(widgetsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(widgetsDir, entry.name, 'registry.ts')))
    .map((entry) => join(widgetsDir, entry.name, 'registry.ts'));
}

/** Component name → widget id, from the widget registries. */
export function readWidgetIds(widgetsDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of registryFiles(widgetsDir))
    for (const match of readFileSync(file, 'utf8').matchAll(REGISTRY_ENTRY)) ids.set(match[1], match[2]);
  return ids;
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** One chapter file's slides; `where` names the file in error messages. */
export function chapterSlides(
  source: string,
  widgetIds: Map<string, string>,
  where: string,
): DeckSlideData[] {
  const imported = new Set(
    [...source.matchAll(WIDGET_IMPORT)].flatMap((match) => match[1].split(',').map((name) => name.trim())),
  );
  const slides: DeckSlideData[] = [];
  for (const [, name] of source.matchAll(WIDGET_TAG)) {
    if (!imported.has(name) || slides.some((slide) => slide.name === name)) continue;
    const id = widgetIds.get(name);
    if (!id) throw new Error(`${where}: <${name} /> is not in any widget registry`);
    slides.push({ name, id, title: id, notes: '' });
  }
  const opened = source.match(/^<PresenterNotes\b/gm)?.length ?? 0;
  const notes = [...source.matchAll(NOTES)];
  if (notes.length !== opened)
    throw new Error(`${where}: a <PresenterNotes> is not closed by </PresenterNotes> on a line of its own`);
  for (const [, attributes, body] of notes) {
    const id = attribute(attributes, 'widget');
    const slide = slides.find((candidate) => candidate.id === id);
    if (!slide)
      throw new Error(
        `${where}: <PresenterNotes widget="${id ?? ''}"> names no widget of this chapter ` +
          `(${slides.map((candidate) => candidate.id).join(', ') || 'none'})`,
      );
    if (slide.notes) throw new Error(`${where}: two <PresenterNotes> for widget "${id}"`);
    slide.title = attribute(attributes, 'title') ?? slide.id;
    slide.notes = notesToHtml(body);
  }
  return slides;
}

/** `{ "en/02-undirected-models": [...], "zh/02-undirected-models": [...] }`; both languages show the same widgets. */
export function readDecks(contentDir: string, widgetsDir: string): Record<string, DeckSlideData[]> {
  const widgetIds = readWidgetIds(widgetsDir);
  const decks: Record<string, DeckSlideData[]> = {};
  const firstSeen = new Map<string, { lang: string; ids: string }>();
  for (const lang of readdirSync(contentDir).filter((name) => /^[a-z]{2}$/.test(name))) {
    for (const file of readdirSync(join(contentDir, lang)).filter((name) => name.endsWith('.mdx'))) {
      const slug = file.replace(/\.mdx$/, '');
      const where = `content/${lang}/${file}`;
      const slides = chapterSlides(readFileSync(join(contentDir, lang, file), 'utf8'), widgetIds, where);
      const ids = slides.map((slide) => slide.id).join(', ');
      const seen = firstSeen.get(slug);
      if (seen && seen.ids !== ids)
        throw new Error(
          `${where}: the widgets (${ids || 'none'}) differ from content/${seen.lang}/${file}'s ` +
            `(${seen.ids || 'none'}); both languages must show the same widgets in the same order`,
        );
      firstSeen.set(slug, { lang, ids });
      decks[`${lang}/${slug}`] = slides;
    }
  }
  return decks;
}

/** The chapter file without its notes' text: same lines, each `<PresenterNotes …>` left empty. */
export function stripNotes(source: string): string {
  return source.replace(NOTES, (_whole, attributes: string, body: string) => {
    const lines = body.split('\n').length - 1;
    return `<PresenterNotes${attributes.replace(/\s*\/$/, '')} />${'\n'.repeat(lines)}`;
  });
}

export function presenterDeck(
  contentDir = fileURLToPath(new URL('../../content', import.meta.url)),
  widgetsDir = fileURLToPath(new URL('../../src/widgets', import.meta.url)),
): Plugin {
  const chapterFile = (id: string) =>
    id.endsWith('.mdx') && id.replace(/\\/g, '/').startsWith(contentDir.replace(/\\/g, '/'));
  return {
    name: 'presenter-deck',
    enforce: 'pre',
    resolveId(id) {
      return id === PRESENTER_DECK_ID || id.startsWith(`${PRESENTER_DECK_ID}/`) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_ID)) return undefined;
      // Rebuilt in the dev server when a chapter or a registry changes.
      for (const lang of readdirSync(contentDir).filter((name) => /^[a-z]{2}$/.test(name)))
        for (const file of readdirSync(join(contentDir, lang)))
          this.addWatchFile(join(contentDir, lang, file));
      for (const file of registryFiles(widgetsDir)) this.addWatchFile(file);
      const decks = readDecks(contentDir, widgetsDir);
      if (id === RESOLVED_ID) {
        const loaders = Object.keys(decks).map(
          (key) =>
            `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${PRESENTER_DECK_ID}/${key}`)}),`,
        );
        return `export default {\n${loaders.join('\n')}\n};`;
      }
      const key = id.slice(RESOLVED_ID.length + 1);
      if (!decks[key]) throw new Error(`${PRESENTER_DECK_ID}: no chapter ${key}`);
      return `export default ${JSON.stringify(decks[key])};`;
    },
    transform(code, id) {
      if (!chapterFile(id.split('?')[0]) || !code.includes('<PresenterNotes')) return undefined;
      return { code: stripNotes(code), map: null };
    },
  };
}
