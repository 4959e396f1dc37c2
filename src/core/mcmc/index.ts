// Markov chain Monte Carlo (chapter 6, and Langevin for chapter 7): random-walk Metropolis–Hastings,
// Gibbs (bivariate Gaussian and a generic systematic scan, with its exact theory), Langevin dynamics (ULA, MALA),
// and the banana target that defeats samplers tuned for round ones.
export { type BananaDensity, type BananaOptions, bananaDensity } from './banana';
export {
  type BivariateGaussianGibbs,
  type BivariateGaussianOptions,
  type ConditionalSampler,
  createBivariateGaussianGibbs,
  createSystematicScanGibbs,
  type GibbsStepper,
  MAX_ABS_RHO,
  runBivariateGaussianGibbs,
  runSystematicScan,
  type SystematicScanOptions,
} from './gibbs';
export { type BivariateGibbsTheory, bivariateGibbsTheory, correlatedGaussianEllipse } from './gibbsTheory';
export {
  createLangevin,
  type GradLogDensityFn,
  type LangevinOptions,
  type LangevinResult,
  type LangevinStepper,
  runLangevin,
  ulaParticles,
} from './langevin';
export { createLangevinCloud, type LangevinCloud, type LangevinCloudOptions } from './langevinCloud';
export {
  type ChainResult,
  chainCoordinate,
  checkedLogDensity,
  createRandomWalkMetropolis,
  type LogDensityFn,
  type MetropolisStepper,
  type RandomWalkMetropolisOptions,
  runRandomWalkMetropolis,
  startingPoint,
} from './metropolis';
