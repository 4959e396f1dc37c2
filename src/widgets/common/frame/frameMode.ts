import { createContext, useContext } from 'react';

/**
 * Where a figure is shown: in a chapter's page, one at a time in the presenter deck (`#/<lang>/present/<slug>`),
 * or alone in an iframe (`#/<lang>/embed/<widget-id>`). The deck shows every figure in projector mode; the page and
 * the embed let the reader switch it on.
 */
export type FrameMode = 'page' | 'deck' | 'embed';

export const FrameModeContext = createContext<FrameMode>('page');

export function useFrameMode(): FrameMode {
  return useContext(FrameModeContext);
}
