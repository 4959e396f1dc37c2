import { createContext, useContext } from 'react';

export interface FigureContextValue {
  /** True while the figure is shown alone, full screen, for a classroom projector. */
  projector: boolean;
  /** True while the figure is on screen and its tab shown (long jobs may pause when it is not). */
  visible: boolean;
}

export const FigureContext = createContext<FigureContextValue>({ projector: false, visible: true });

export function useFigure(): FigureContextValue {
  return useContext(FigureContext);
}
