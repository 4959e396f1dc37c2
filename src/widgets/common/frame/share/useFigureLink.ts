import { useParams } from 'react-router';
import { useLang } from '../../lang';
import type { FigureState } from '../Figure';
import { useFrameMode } from '../frameMode';
import { useWidgetId } from '../widgetId';
import { bookBase, type WidgetLinkInput } from './widgetLink';

/**
 * Where this figure's links point: on a chapter page and in the deck, the chapter scrolled to the figure (students
 * get the text around it); in an embed, the embed itself. Undefined for a widget without URL state.
 */
export function useFigureLink(state: FigureState | undefined): WidgetLinkInput | undefined {
  const lang = useLang();
  const widgetId = useWidgetId();
  const mode = useFrameMode();
  const { slug } = useParams();
  if (!state || typeof window === 'undefined') return undefined;
  const place: WidgetLinkInput['place'] =
    mode !== 'embed' && slug ? { kind: 'chapter', slug } : { kind: 'embed' };
  return { base: bookBase(window.location), lang, place, widgetId, specs: state.specs, values: state.values };
}
