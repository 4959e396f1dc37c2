import { useMemo, useRef, useState } from 'react';
import type { ParamNotice } from '../../common/state/urlParams';
import { DEFAULT_HEIGHTS, type ParsedHeights, parseHeights } from './heights';

/** The heights of the eight pieces, from text that is known to parse (the default, or an earlier valid text). */
function heightsOf(validText: string): number[] {
  const parsed = parseHeights(validText);
  return parsed.kind === 'unreadable' ? [] : parsed.heights;
}

export interface Heights {
  parsed: ParsedHeights;
  /** What the sliders show: the text's heights, or the last valid ones if the text cannot be read. */
  shown: number[];
  /** The last heights that made a density: what is sampled from. */
  valid: readonly number[];
  /** The state's notices, plus one for unreadable heights from the URL until the reader dismisses it. */
  notices: ParamNotice[];
  dismissNotices(): void;
}

/**
 * The reader's piecewise density, from the `heights` text in the URL/state: an unreadable text is reported in the
 * frame's notices (the state's codec only checks its length), and all-zero heights keep the last valid density.
 */
export function useHeights(
  text: string,
  stateNotices: ParamNotice[],
  dismissStateNotices: () => void,
): Heights {
  const parsed = parseHeights(text);
  const lastValid = useRef(DEFAULT_HEIGHTS);
  if (parsed.kind === 'ok') lastValid.current = text;
  const validText = lastValid.current;
  const valid = useMemo(() => heightsOf(validText), [validText]);
  const [dismissed, setDismissed] = useState(false);
  const notices: ParamNotice[] =
    parsed.kind === 'unreadable' && !dismissed
      ? [
          ...stateNotices,
          {
            param: 'heights',
            raw: text.length > 40 ? `${text.slice(0, 37)}…` : text,
            used: validText,
            reason: 'not-a-number',
          },
        ]
      : stateNotices;
  return {
    parsed,
    shown: parsed.kind === 'unreadable' ? [...valid] : parsed.heights,
    valid,
    notices,
    dismissNotices: () => {
      dismissStateNotices();
      setDismissed(true);
    },
  };
}
