// Monte Carlo sampling (chapter 6): π by darts, integrals as expectations (and the test integrands), inverse-CDF
// (closed-form and reader-drawn densities), rejection and importance sampling with their closed-form theory,
// quadrature checks, and the Gaussian-mixture targets they are tested on.
export {
  type DensityIntegral,
  type ExpectationByQuadrature,
  expectationByQuadrature,
  integrateMinimum,
  integrateNonNegative,
} from './densityIntegrals';
export {
  type ImportanceOptions,
  type ImportanceResult,
  importanceFromLogWeights,
  selfNormalisedImportance,
} from './importance';
export { gaussianImportanceSecondMoment, type ImportanceSecondMoment } from './importanceTheory';
export { INTEGRAND_IDS, INTEGRANDS, type Integrand, type IntegrandId } from './integrands';
export { expectation, integrateUniform, type McEstimate, runningExpectation } from './integrate';
export {
  cauchyDistribution,
  type Distribution1D,
  exponentialDistribution,
  fillByInverseCdf,
  inverseCdfSampler,
  normalDistribution,
  uniformDistribution,
} from './inverseCdf';
export {
  type GaussianMixture1D,
  type GaussianMixture2D,
  gaussianMixture1D,
  gaussianMixture2D,
  type MixtureComponent2D,
} from './mixture';
export {
  estimatePi,
  type PiEstimate,
  piFromHits,
  piRmsError,
  piStandardError,
  type RunningPiSeries,
  runningPiEstimate,
  runningPiSeries,
  throwDarts,
  Z95,
} from './pi';
export {
  type PiecewiseDensityOptions,
  type PiecewiseDistribution,
  piecewiseDensity,
} from './piecewiseDensity';
export { piecewiseMean } from './piecewiseMoments';
export {
  checkEnvelope,
  createRejectionSampler,
  type EnvelopeCheck,
  type EnvelopeViolation,
  type Proposal1D,
  type RejectionOptions,
  type RejectionResult,
  type RejectionStepper,
  rejectionSample,
} from './rejection';
