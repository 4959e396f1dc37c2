// The chapter 4 landscape: experts on the plane, the exact verdict on ℝ², log Z, cells and particle clouds.

export {
  binomialMeanAbsoluteDeviation,
  cellCounts,
  cellMasses,
  expectedNoiseTv,
  gaussLegendre,
  totalVariation,
} from './cells';
export {
  checkExpert,
  createLandscape,
  DIP_WIDTH,
  EXPERT_KINDS,
  type ExpertKind,
  type Landscape,
  type LandscapeExpert,
  normalOf,
  STRENGTH_RANGE,
} from './experts';
export {
  createParticleCloud,
  type ParticleCloud,
  type ParticleCloudOptions,
  SAMPLERS,
  type SamplerKind,
} from './particles';
export {
  densityGrid,
  energyGrid,
  LANDSCAPE_BOX,
  type LandscapeDomain,
  type LandscapePartition,
  landscapeMinimum,
  landscapePartition,
  logIntegrate2D,
  massWithin,
  planeWindow,
} from './partition';
export { growthRate, minimalGrowth, type PlaneVerdict, planeVerdict } from './verdict';
