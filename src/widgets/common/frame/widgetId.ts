import { createContext, useContext } from 'react';

/**
 * The widget's id, given by its registry entry (`chapterWidgets.ts`) — the one place an id is written. The URL
 * keys (`<id>.<param>`), the figure's `data-widget` and the benchmarks' frame statistics all read it from here.
 */
export const WidgetIdContext = createContext<string | null>(null);

export function useWidgetId(): string {
  const id = useContext(WidgetIdContext);
  if (id === null)
    throw new Error(
      'A widget must be rendered through its registry entry (chapterWidgets.ts), which gives its id.',
    );
  return id;
}
