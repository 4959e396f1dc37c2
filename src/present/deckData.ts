import decks from 'virtual:presenter-deck';
import type { WidgetEntry } from '../widgets/common/frame/registry';
import { ALL_WIDGETS } from '../widgets/registry';
import type { DeckSlideData } from './types';

/** A slide ready to show: the widget's registry entry (its code still unloaded) and its notes. */
export interface Slide extends DeckSlideData {
  entry: WidgetEntry;
}

const loaded = new Map<string, Promise<Slide[] | undefined>>();

/** The registry entry for each slide, by id; a slide whose widget has left the registry is skipped. */
export function toSlides(data: readonly DeckSlideData[], registry = ALL_WIDGETS): Slide[] {
  return data.flatMap((slide) => {
    const entry = registry.find((candidate) => candidate.id === slide.id);
    return entry ? [{ ...slide, entry }] : [];
  });
}

/** The chapter's slides (one fetch per chapter and language), or undefined when there is no such deck. */
export function loadSlides(lang: string, slug: string): Promise<Slide[] | undefined> {
  const key = `${lang}/${slug}`;
  let slides = loaded.get(key);
  if (!slides) {
    const load = decks[key];
    slides = load ? load().then((module) => toSlides(module.default)) : Promise.resolve(undefined);
    slides.catch(() => loaded.delete(key)); // offline: a later visit may try again
    loaded.set(key, slides);
  }
  return slides;
}
