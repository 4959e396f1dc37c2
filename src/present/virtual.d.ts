/** Served by scripts/vite/presenterDeck.ts: `<lang>/<slug>` → a loader of that chapter's slides. */
declare module 'virtual:presenter-deck' {
  import type { DeckSlideData } from './types';

  const decks: Record<string, () => Promise<{ default: readonly DeckSlideData[] }>>;
  export default decks;
}
