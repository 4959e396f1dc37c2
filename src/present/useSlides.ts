import { useEffect, useState } from 'react';
import { loadSlides, type Slide } from './deckData';

export type SlidesState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'missing' }
  | { status: 'ready'; slides: Slide[] };

/** The chapter's slides, loaded when the deck or the notes window opens. */
export function useSlides(lang: string, slug: string): SlidesState {
  const [state, setState] = useState<{ key: string; value: SlidesState }>({
    key: '',
    value: { status: 'loading' },
  });
  const key = `${lang}/${slug}`;
  useEffect(() => {
    let current = true;
    loadSlides(lang, slug).then(
      (slides) => {
        if (current) setState({ key, value: slides ? { status: 'ready', slides } : { status: 'missing' } });
      },
      () => {
        if (current) setState({ key, value: { status: 'failed' } });
      },
    );
    return () => {
      current = false;
    };
  }, [key, lang, slug]);
  return state.key === key ? state.value : { status: 'loading' };
}
