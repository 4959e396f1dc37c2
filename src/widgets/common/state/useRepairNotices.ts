import { useCallback, useState } from 'react';
import type { ParamNotice } from './urlParams';

/**
 * The frame's notices when a widget checks more than the parameter table can: values that are each in range but
 * do not fit together (an edge to a vertex the graph does not have, A = B). `repairs` runs once, on the values the
 * link gave; its notices join the table's own, and the frame's Dismiss clears both.
 */
export function useRepairNotices(
  state: { notices: ParamNotice[]; dismissNotices: () => void },
  repairs: () => (ParamNotice | undefined)[],
): { notices: ParamNotice[]; onDismissNotices: () => void } {
  const [extra, setExtra] = useState(() => repairs().filter((notice) => notice !== undefined));
  const { dismissNotices } = state;
  const onDismissNotices = useCallback(() => {
    dismissNotices();
    setExtra([]);
  }, [dismissNotices]);
  return { notices: [...state.notices, ...extra], onDismissNotices };
}
