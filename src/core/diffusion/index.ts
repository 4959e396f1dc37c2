// Diffusion models (chapter 7, and the dissolving shapes of chapter 1): noise schedules, the forward process,
// the exact score of a Gaussian mixture, reverse samplers (DDPM, probability flow), and the 2-D point-cloud data.
export {
  drawForwardNoise,
  forwardMarginalCdf,
  forwardMarginalDensity,
  noiseCloud,
  noiseCloudAtStep,
} from './forward';
export {
  createDiagonalMixture2D,
  type DiagonalMixture2D,
  type DiagonalMixture2DSpec,
  diagonalMixtureMoments,
  type Moments2D,
  NoisedGaussianMixture,
  sampleDiagonalMixture2D,
} from './gaussianMixture';
export {
  continuousSchedule,
  pointMixture,
  REVERSE_STEP_LADDER,
  ReverseRun,
  type ReverseRunOptions,
  type ReverseSampler,
  respacedSchedule,
} from './reverseRun';
export {
  type CloudScore,
  type DdpmSampleOptions,
  type DdpmVariance,
  ddpmSample,
  ddpmStep,
  type OdeMethod,
  type ProbabilityFlowOptions,
  probabilityFlowSample,
  probabilityFlowStep,
  probabilityFlowTimes,
  type TimeGrid,
} from './samplers';
export {
  type ContinuousSchedule,
  type CosineScheduleOptions,
  clampStep,
  continuousCosineSchedule,
  continuousLinearSchedule,
  cosineAlphaBar,
  cosineNoiseSchedule,
  type LinearScheduleOptions,
  linearNoiseSchedule,
  type NoiseSchedule,
  noiseSchedule,
  SCHEDULE_PARAMETERS,
  type ScheduleKind,
} from './schedules';
export {
  ascendScore,
  fractionNearModes,
  type GridBox,
  gridCoordinate,
  mixtureModes,
  scaledDensityGrid,
  scoreGrid,
} from './scoreField';
export * from './scoreNetwork';
export {
  heartCloud,
  SHAPE_NAMES,
  SHAPE_PARAMETERS,
  type ShapeName,
  shapeCloud,
  smileyCloud,
  spiralCloud,
  standardiseCloud,
  twoMoonsCloud,
} from './shapes';
export {
  cellTotalVariation,
  coarseCellMasses,
  type TemperedGrid,
  temperedMarginalCdf,
  temperedMixtureGrid,
} from './temperedMixture';
export { effectivePointCount, posteriorWeights, tweedieMean } from './tweedie';
