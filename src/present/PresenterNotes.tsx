/**
 * `<PresenterNotes widget="cold" title="Who catches the cold">…Markdown…</PresenterNotes>`, written in a chapter's
 * MDX right after the widget it is about. The build reads the notes for the presenter deck
 * (scripts/vite/presenterDeck.ts) and empties the tag before the chapter is compiled; in the chapter's page it
 * renders nothing, so the page is exactly as without it.
 */
export function PresenterNotes(_props: { widget: string; title?: string; children?: unknown }): null {
  return null;
}
