import { createContext, useContext } from 'react';

/** The section (h2 id) the reader is in, so the language switch can keep them there. */
export const SectionContext = createContext<{
  section?: string;
  setSection: (id: string | undefined) => void;
}>({
  setSection: () => undefined,
});

export function useSection() {
  return useContext(SectionContext);
}
