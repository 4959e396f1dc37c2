import { type RefObject, useEffect } from 'react';
import { useSection } from './SectionContext';

/**
 * Watches the chapter's section headings (h2 with an id) and reports the one the reader is in: the last heading
 * that has scrolled above the upper third of the window.
 */
export function useSectionTracking(
  articleRef: RefObject<HTMLElement | null>,
  slug: string | undefined,
): void {
  const { setSection } = useSection();
  useEffect(() => {
    setSection(undefined);
    const article = articleRef.current;
    if (!article || !slug) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const headings = article.querySelectorAll<HTMLElement>('h2[id]');
      let current: string | undefined;
      const line = window.innerHeight / 3;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) current = heading.id;
      }
      setSection(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [articleRef, slug, setSection]);
}
