// Continuous energies: Boltzmann densities, partition functions with a divergence verdict, experts.
export {
  type Boltzmann1D,
  type Boltzmann2D,
  type BoltzmannGrid2D,
  boltzmann1D,
  boltzmann2D,
  boltzmannGrid2D,
  freeEnergyFromLogZ,
  type PartitionOptions1D,
  type PartitionOptions2D,
  partitionFunction1D,
  partitionFunction2D,
  partitionOfQuadratic,
} from './boltzmann';
export {
  doubleWellEnergy,
  gaussianEnergy2D,
  harmonicEnergy,
  mixtureOfExperts1D,
  productOfExperts1D,
  productOfExperts2D,
  quadraticEnergy,
  ridgeExpert2D,
  studentTEnergy,
} from './experts';
export {
  DISCRETE_VALUES,
  type DivergentSide,
  divergentSideOf,
  FIELD_DOMAINS,
  type FieldDomain,
  type FieldPartition,
  fieldPartitionByListing,
  fieldPartitionByQuadrature,
  fieldPartitionClosedForm,
  type ListedState,
  realLineVerdicts,
  unitIntervalFactor,
} from './fieldDomains';
export {
  decideLabel,
  type LabelGrid,
  labelEnergies,
  labelGrid,
  labelPosterior,
  type PrototypeClassifier,
} from './labelEnergy';
export * from './landscape';
export {
  freeEnergyAt,
  jointEnergy,
  type LatentGaussianModel,
  latentPosterior,
  latentPrior,
  logMarginalPartition,
  logMarginalPartitionByQuadrature,
} from './latentFreeEnergy';
export { partitionOfLogWeight } from './partition';
export {
  areaFractionHoldingMass,
  densityOfEnergyGrid,
  type ExpertShape,
  energyOnGrid,
  expertProfile,
  type GridDensity,
  logPartitionOnSquare,
  type ProjectionExpert,
  projectionExpert2D,
  type SquareGrid,
  squareGridCoordinate,
  sumOfGrids,
} from './projectionExperts';
export { logIntegrate } from './quadrature';
export type {
  DivergentPartition,
  Energy1D,
  Energy2D,
  FinitePartition,
  Interval,
  PartitionResult,
} from './types';
export { logWindowArea, logWindowAreas, type WindowAreas } from './window';
