/**
 * On paper, every exercise's hint and worked solution is written out. CSS can open a closed <details> only where
 * the browser knows `::details-content` (recent Chromium); elsewhere the print would show just "Hint" and
 * "Solution". So before printing, open them all, and after printing close again the ones that were closed.
 */
const SELECTOR = 'details.exercise-hint, details.exercise-solution';

export function installPrintDetails(): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>(SELECTOR)].filter((details) => !details.open);
    for (const details of opened) details.open = true;
  };
  const after = () => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
