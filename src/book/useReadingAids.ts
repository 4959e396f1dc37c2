import { useEffect } from 'react';
import type { Lang } from '../widgets/common/lang';
import '../glossary/glossary.css';

/**
 * The chapter page's reading aids, fetched after the page is up so the first screen does not wait for them: the
 * glossary's definitions on hover and focus (src/glossary/termTips.ts) and citations that jump to their entry
 * (src/references/citationJumps.ts), and exercises' hints and solutions opened for printing (printDetails.ts). The
 * first two are delegated listeners on the document, so they serve every term and
 * citation the chapter's static HTML holds, whenever its sections arrive.
 */
export function useReadingAids(lang: Lang): void {
  useEffect(() => {
    let cancelled = false;
    const undo: Array<() => void> = [];
    Promise.all([
      import('../glossary/termTips'),
      import('../references/citationJumps'),
      import('../references/printDetails'),
    ]).then(([tips, jumps, print]) => {
      if (!cancelled)
        undo.push(tips.installTermTips(lang), jumps.installCitationJumps(), print.installPrintDetails());
    });
    return () => {
      cancelled = true;
      for (const stop of undo) stop();
    };
  }, [lang]);
}
