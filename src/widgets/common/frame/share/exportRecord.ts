import type { ExportMetadata } from '../export/exportMetadata';
import { type WidgetLinkInput, widgetLink, widgetQuery } from './widgetLink';

/**
 * The record an exported picture carries (export/exportMetadata.ts), from the figure's own state rather than from the
 * address: a widget the reader has not touched has written nothing to the URL, yet its picture must still say what
 * it shows. The parameters are those that differ from the defaults (as in the link), the link the one the share
 * panel gives.
 */
export function exportRecord(link: WidgetLinkInput, title: string, created = new Date()): ExportMetadata {
  const prefix = `${link.widgetId}.`;
  const params: Record<string, string> = {};
  // The parameters only: the locks change what a student may do, not what the picture shows (they are in the link).
  for (const [key, value] of widgetQuery({ ...link, locks: undefined, place: { kind: 'embed' } }))
    if (key.startsWith(prefix) && key !== `${prefix}seed`) params[key.slice(prefix.length)] = value;
  const seed = link.values.seed;
  return {
    title,
    widget: link.widgetId,
    lang: link.lang,
    params,
    ...(typeof seed === 'number' && { seed }),
    link: widgetLink(link),
    created: created.toISOString(),
  };
}
