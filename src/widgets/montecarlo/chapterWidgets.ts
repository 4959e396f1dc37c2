import { deferUntilVisible } from '../common/deferUntilVisible';

/**
 * The widgets as chapters import them. Each one's code is a separate chunk, fetched only when the reader scrolls
 * near the figure, so opening a chapter downloads and runs its prose first (see deferUntilVisible).
 * The number is the placeholder's height in pixels, about the built widget's, so the page does not jump.
 */
export const AcceptReject = deferUntilVisible(
  'rejection',
  () => import('./AcceptReject').then((module) => module.AcceptReject),
  1050,
);
export const DartsPi = deferUntilVisible(
  'darts',
  () => import('./DartsPi').then((module) => module.DartsPi),
  820,
);
export const GibbsChain = deferUntilVisible(
  'gibbs',
  () => import('./GibbsChain').then((module) => module.GibbsChain),
  970,
);
export const ImportanceSampling = deferUntilVisible(
  'importance',
  () => import('./ImportanceSampling').then((module) => module.ImportanceSampling),
  970,
);
export const IntegralEstimator = deferUntilVisible(
  'integral',
  () => import('./IntegralEstimator').then((module) => module.IntegralEstimator),
  950,
);
export const InverseCdf = deferUntilVisible(
  'inverse-cdf',
  () => import('./InverseCdf').then((module) => module.InverseCdf),
  1100,
);
export const MetropolisChain = deferUntilVisible(
  'metropolis',
  () => import('./MetropolisChain').then((module) => module.MetropolisChain),
  1050,
);
