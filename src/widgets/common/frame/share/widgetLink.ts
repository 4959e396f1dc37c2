import type { ControlLocks } from '../../state/controlLocks';
import { encodeLocks } from '../../state/controlLocks';
import { encodeValues, type ParamSpecs } from '../../state/urlParams';

/**
 * The address of one widget as it is set now, for the share panel, the QR code on the projector and the export's
 * metadata. Only what differs from the defaults is written (a shorter link is a smaller QR code, easier to scan
 * from the back of a room), except the seed, which is always kept so that the same run is replayed.
 */
export interface WidgetLinkInput {
  /** The book's folder URL, e.g. `https://example.org/book/` (see bookBase). */
  base: string;
  lang: string;
  /** The chapter page, scrolled to the widget; or the widget alone, for an iframe (`embed.html`). */
  place: { kind: 'chapter'; slug: string } | { kind: 'embed' };
  widgetId: string;
  specs: ParamSpecs;
  values: Readonly<Record<string, unknown>>;
  locks?: ControlLocks;
}

/** The query after the hash route: `w=<id>` on a chapter, then `<id>.<param>=…` and any lock lists. */
export function widgetQuery(input: WidgetLinkInput): URLSearchParams {
  const { widgetId, specs, values } = input;
  const query = new URLSearchParams();
  if (input.place.kind === 'chapter') query.set('w', widgetId);
  const encoded = encodeValues(specs, values as never);
  const defaults = encodeValues(
    specs,
    Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default])) as never,
  );
  for (const [name, text] of encoded)
    if (name === 'seed' || text !== defaults.get(name)) query.set(`${widgetId}.${name}`, text);
  if (input.locks) for (const [key, text] of encodeLocks(input.locks)) query.set(`${widgetId}.${key}`, text);
  return query;
}

export function widgetLink(input: WidgetLinkInput): string {
  const query = widgetQuery(input).toString().replaceAll('%2C', ',');
  const route =
    input.place.kind === 'chapter'
      ? `${input.base}#/${input.lang}/${input.place.slug}`
      : `${input.base}embed.html#/${input.lang}/embed/${input.widgetId}`;
  return query ? `${route}?${query}` : route;
}

/** The folder the book is served from: the page's address without its file name, search or hash. */
export function bookBase(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname.replace(/[^/]*$/, '');
}
