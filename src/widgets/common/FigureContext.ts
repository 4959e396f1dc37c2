import { createContext, useContext } from 'react';

export interface FigureContextValue {
  /** True while the figure is shown alone, full screen, for a classroom projector. */
  projector: boolean;
}

export const FigureContext = createContext<FigureContextValue>({ projector: false });

export function useFigure(): FigureContextValue {
  return useContext(FigureContext);
}
