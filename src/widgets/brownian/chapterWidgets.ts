import { deferUntilVisible } from '../common/deferUntilVisible';

/**
 * The widgets as chapters import them. Each one's code is a separate chunk, fetched only when the reader scrolls
 * near the figure, so opening a chapter downloads and runs its prose first (see deferUntilVisible).
 * The number is the placeholder's height in pixels, about the built widget's, so the page does not jump.
 */
export const CollisionBox = deferUntilVisible(
  'collisions',
  () => import('./CollisionBox').then((module) => module.CollisionBox),
  1000,
);
export const RandomWalkCloud = deferUntilVisible(
  'walkers',
  () => import('./RandomWalkCloud').then((module) => module.RandomWalkCloud),
  1300,
);
export const ShapeDissolves = deferUntilVisible(
  'dissolve',
  () => import('./ShapeDissolves').then((module) => module.ShapeDissolves),
  1000,
);
export const StokesEinstein = deferUntilVisible(
  'stokes-einstein',
  () => import('./StokesEinstein').then((module) => module.StokesEinstein),
  680,
);
