// Statistics shared by the whole core and by the tests. Nothing here draws random numbers.
export { autocorrelation } from './autocorrelation';
export { energyDistance, meanPairDistance } from './energyDistance';
export { dawson, erf, erfi, logErfi } from './errorFunctions';
export { effectiveSampleSize, importanceEss } from './ess';
export {
  chiSquareCriticalValue,
  chiSquareStatistic,
  ksCriticalValue,
  ksStatistic,
  ksStatisticInPlace,
} from './goodnessOfFit';
export { type Histogram, histogram } from './histogram';
export { logSumExp } from './logSumExp';
export { mean, variance } from './moments';
export { erfc, normalCdf, normalCdfTabulated, normalQuantile } from './normal';
