import { deferWidgets } from '../common/frame/deferUntilVisible';
import { MONTECARLO_WIDGETS } from './registry';

/** The widgets as the chapters import them: each a placeholder until the reader scrolls near it. */
export const {
  AcceptReject,
  DartsPi,
  GibbsChain,
  ImportanceSampling,
  IntegralEstimator,
  InverseCdf,
  IsingGibbs,
  MetropolisChain,
} = deferWidgets(MONTECARLO_WIDGETS);
