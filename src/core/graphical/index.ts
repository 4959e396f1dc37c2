// Discrete undirected models: factors, exact enumeration, Gibbs sampling, ready-made Ising models.
export { type IsingOptions, independentBinary, isingChain, isingGrid, spin } from './builders';
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
export { conditionalMutualInformation, separated, unblockedPath } from './independence';
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
