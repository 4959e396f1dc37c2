// Discrete undirected models: factors, exact enumeration, Gibbs sampling, ready-made Ising models.
export {
  chainEdges,
  filledGridEdges,
  gridEdges,
  type IsingOptions,
  independentBinary,
  isingChain,
  isingGrid,
  isingModel,
  type RandomIsingScales,
  randomIsingOptions,
  spin,
} from './builders';
export {
  type EnumerationOptions,
  type ExactInference,
  enumerationSize,
  exactInference,
  forEachState,
  jointDistribution,
  logPartition,
  logProbability,
  MAX_ENUMERATION_STATES,
} from './enumerate';
export {
  createDiscreteGibbs,
  type DiscreteGibbs,
  type DiscreteGibbsOptions,
  type DiscreteGibbsSampleOptions,
  discreteGibbsSample,
  localConditional,
} from './gibbs';
export {
  type GrayPartial,
  grayState,
  type IsingSpec,
  isingGrayChunk,
  isingLogPartitionGray,
  isingLogWeight,
  isingSpecOf,
  MAX_GRAY_SPINS,
  mergePartials,
  type PreparedIsing,
  partialLog,
  prepareIsing,
} from './grayCode';
export { conditionalMutualInformation, separated, unblockedPath } from './independence';
export { type ChainStatistics, periodicChainByEnumeration, periodicChainLogZ } from './isingChain';
export {
  checkState,
  createDiscreteModel,
  type DiscreteModel,
  type DiscreteModelSpec,
  type Factor,
  type FactorSpec,
  factorIndex,
  logUnnormalised,
  stateFromIndex,
  stateIndex,
} from './model';
export { adjacency, graphAdjacency, graphMaximalCliques, markovBlanket, maximalCliques } from './structure';
