// Brownian motion (chapter 1): random walkers and paths, the 2-D collision model, Stokes–Einstein, cloud readouts,
// and the grain's MSD and velocity memory over many lags (the ballistic-to-diffusive crossover).
export { fractionWithin, gaussianMassWithin, type LagMsd, timeAveragedMsd2D } from './cloudStats';
export {
  BOLTZMANN_CONSTANT_MODEL,
  COLLISION_MODEL_PARAMETERS,
  CollisionModel,
  type CollisionModelOptions,
  createCollisionModel,
  type GrainMsdEstimate,
} from './collisions';
export {
  BALLISTIC_RANGE_PS,
  type CrossoverEstimates,
  type CrossoverPhysics,
  crossoverEstimates,
  DIFFUSIVE_START_TAU_V,
  diffusiveRange,
  type JackknifeEstimate,
  msdLagsPs,
} from './msdCrossover';
export { type LagCurves, LagStatistics, type LagStatisticsOptions, logSpacedLags } from './msdCurve';
export { eFoldingTime, jackknifeError, type LineFit, linearFit, logLogSlope, ouMsd2D } from './msdFits';
export {
  BOLTZMANN_CONSTANT_SI,
  rmsDisplacement,
  STOKES_EINSTEIN_PARAMETERS,
  stokesEinsteinCurve,
  stokesEinsteinDiffusion,
  WATER_VISCOSITY_SI,
} from './stokesEinstein';
export {
  brownianPath,
  createWalkers,
  RANDOM_WALK_PARAMETERS,
  randomWalkDiffusionCoefficient,
  resetWalkers,
  stepWalkers,
  theoreticalMsd,
  type WalkDimension,
  type WalkerEnsemble,
  type WalkerOptions,
  type WalkKind,
  walkerCdf,
  walkerCoordinates,
  walkerDensity,
  walkerMsd,
  walkerTime,
} from './walkers';
