import { deferUntilVisible } from '../common/deferUntilVisible';

/**
 * The widgets as chapters import them. Each one's code is a separate chunk, fetched only when the reader scrolls
 * near the figure, so opening a chapter downloads and runs its prose first (see deferUntilVisible).
 * The number is the placeholder's height in pixels, about the built widget's, so the page does not jump.
 */
export const WalkDemo = deferUntilVisible(
  'walk-demo',
  () => import('./WalkDemo').then((module) => module.WalkDemo),
  550,
);
