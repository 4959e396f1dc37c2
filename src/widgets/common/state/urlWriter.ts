/**
 * One writer for every widget's URL parameters. Widgets hand in their latest values; a single debounced flush
 * merges all pending values into the *current* address and navigates once. (Each widget writing on its own timer
 * from the search string of its own last render lost another widget's change made a moment earlier.)
 */

/** How long the URL waits after the last change before it is rewritten (dragging a slider is many changes). */
export const URL_WRITE_DELAY_MS = 200;

export interface UrlWriterTarget {
  /** The address as it is now: pathname and search string. */
  current(): { pathname: string; search: string };
  /** Replace the address (no new history entry, no scrolling). */
  replace(pathname: string, search: string): void;
}

const pending = new Map<string, Map<string, string>>();
let timer: ReturnType<typeof setTimeout> | undefined;
let target: UrlWriterTarget | undefined;

/** Merge pending widget parameters (keys `<widgetId>.<param>`) into a search string; other keys are kept. */
export function mergeParams(
  search: string,
  writes: ReadonlyMap<string, ReadonlyMap<string, string>>,
): string {
  const next = new URLSearchParams(search);
  for (const [widgetId, params] of writes) {
    for (const [name, value] of params) next.set(`${widgetId}.${name}`, value);
  }
  return next.toString();
}

export function scheduleUrlWrite(
  widgetId: string,
  params: Map<string, string>,
  writeTarget: UrlWriterTarget,
): void {
  pending.set(widgetId, params);
  target = writeTarget;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushUrlWrites, URL_WRITE_DELAY_MS);
}

export function flushUrlWrites(): void {
  timer = undefined;
  if (!target || pending.size === 0) return;
  const { pathname, search } = target.current();
  const next = mergeParams(search, pending);
  pending.clear();
  target.replace(pathname, next ? `?${next}` : '');
}
