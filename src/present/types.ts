/**
 * One slide of a chapter's presenter deck as the build serves it (scripts/vite/presenterDeck.ts): a widget the
 * chapter embeds, in the order the chapter shows them, and the instructor's notes written next to it.
 */
export interface DeckSlideData {
  /** The component name the chapter's MDX uses (`<ColdSpread />`), a key of the chapter's widget registry. */
  name: string;
  /** The widget's registry id (`cold`). */
  id: string;
  /** The widget's title, from `<PresenterNotes title="…">`; the id when the widget has no notes. */
  title: string;
  /** The notes as HTML, made at build time from the chapter's own Markdown (never from user input); '' if none. */
  notes: string;
}
