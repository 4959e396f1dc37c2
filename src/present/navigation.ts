import type { DeckCommand } from './deckKeys';
import { clampSlide } from './slideIndex';

/** Where a key or button sends the deck from slide `index` of `count`. */
export function targetSlide(
  command: Exclude<DeckCommand, 'fullscreen'>,
  index: number,
  count: number,
): number {
  switch (command) {
    case 'next':
      return clampSlide(index + 1, count);
    case 'previous':
      return clampSlide(index - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampSlide(count - 1, count);
  }
}

/** The notes window's address for a deck (same page, other route), for window.open. */
export function notesAddress(lang: string, slug: string, href = window.location.href): string {
  return `${href.split('#')[0]}#/${lang}/present/${slug}/notes`;
}
