import type { MDXContent, MDXProps } from 'mdx/types';
import { type ComponentType, lazy } from 'react';
import type { Lang } from '../widgets/common/lang';
import { fontsReady } from './fontsReady';
import type { ProseLoader } from './proseQueue';

/**
 * Every chapter file, one lazily loaded chunk each. The glob is resolved at build time, so adding
 * `content/<lang>/NN-slug.mdx` (and its registry entry) is all a new chapter needs.
 */
const loaders = import.meta.glob<ChapterModule>('../../content/*/*.mdx');

/** What a compiled chapter exports; the font lists are added at build time by scripts/mdx/rehypeKatexFonts.ts. */
interface ChapterModule {
  default: MDXContent;
  openingFonts?: readonly string[];
  /** The sections' text, a module of its own (scripts/mdx/rehypeStaticHtml.ts); absent when there are none. */
  loadProse?: ProseLoader;
}

/** Nearly every chapter's formulas use these; fetching them alongside the chapter's code saves a round trip. */
const COMMON_FACES = ['1em KaTeX_Main', 'italic 1em KaTeX_Math', 'bold 1em KaTeX_Main'];

const noProse: ProseLoader = async () => ({ default: [] });
const proseLoaders = new Map<string, ProseLoader>();

/** Fetches the chapter's section text; call it only once the chapter's module has loaded. */
export function chapterProse(lang: Lang, slug: string): ProseLoader {
  const key = chapterFileKey(lang, slug);
  return () => (proseLoaders.get(key) ?? noProse)();
}

/**
 * Resolved once the page's frame (header, chapter number and title) has been painted; see shellPainted below.
 * The formula fonts are asked for only then, so the frame is always drawn first. Otherwise, whether the first paint
 * waited for the fonts depended on a race between them and the frame's render: on a fast network the fonts won and
 * the whole first screen appeared at once, later, and Lighthouse's phone model, which replays the order it
 * observed on a slow network, scored the same page 88 or 95 depending on which had won.
 */
let markShellPainted: () => void = () => undefined;
const shellPaintedOnce = new Promise<void>((resolve) => {
  markShellPainted = resolve;
});

/** Called by the chapter page once its frame is on screen (after its first commit and the paint that follows). */
export function shellPainted(): void {
  markShellPainted();
}

/**
 * The chapter's module, resolved once the fonts of its opening paragraphs are ready (or a time limit passed), so
 * the first screen is laid out once. Each section waits for its own fonts (proseQueue.ts).
 */
async function loadWithFonts(load: () => Promise<ChapterModule>): Promise<ChapterModule> {
  const [module] = await Promise.all([load(), shellPaintedOnce.then(() => fontsReady(COMMON_FACES))]);
  await fontsReady(module.openingFonts ?? []);
  return module;
}

export function chapterFileKey(lang: Lang, slug: string): string {
  return `../../content/${lang}/${slug}.mdx`;
}

export function hasChapterFile(lang: Lang, slug: string): boolean {
  return chapterFileKey(lang, slug) in loaders;
}

const components = new Map<string, ComponentType<MDXProps>>();
const modules = new Map<string, Promise<ChapterModule>>();

/** Starts fetching a chapter (once); the lazy component below resolves from the same promise. */
function loadChapter(key: string): Promise<ChapterModule> | undefined {
  const load = loaders[key];
  if (!load) return undefined;
  let module = modules.get(key);
  if (!module) {
    module = loadWithFonts(load).then((loaded) => {
      if (loaded.loadProse) proseLoaders.set(key, loaded.loadProse);
      return loaded;
    });
    modules.set(key, module);
  }
  return module;
}

/**
 * Called with the address before React has started, so the chapter's code and fonts are already on their way
 * while the shell renders. `#/zh/03-partition-function?s=…` → the Chinese chapter 3; anything else is ignored.
 */
export function preloadChapterFromHash(hash: string): void {
  const match = /^#\/(en|zh)\/([0-9]{2}-[a-z0-9-]+)/.exec(hash);
  if (match) loadChapter(chapterFileKey(match[1] as Lang, match[2]));
}

/** The chapter as a lazy React component (created once per file so React keeps its state). */
export function chapterComponent(lang: Lang, slug: string): ComponentType<MDXProps> | undefined {
  const key = chapterFileKey(lang, slug);
  if (!(key in loaders)) return undefined;
  let component = components.get(key);
  if (!component) {
    component = lazy(() => loadChapter(key) as Promise<ChapterModule>);
    components.set(key, component);
  }
  return component;
}
