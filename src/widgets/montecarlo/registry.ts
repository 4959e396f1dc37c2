import { defineWidgets } from '../common/frame/registry';

/** Chapter 6's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const MONTECARLO_WIDGETS = defineWidgets({
  AcceptReject: {
    id: 'rejection',
    height: 1050,
    load: () => import('./AcceptReject').then((module) => module.AcceptReject),
    // The whole plot, not the envelope curve: the y-axis is scaled to max k q, so wherever k q tops p̃ the envelope's
    // path is the same for every k; the target curve, the ticks and the darts are what move.
    contract: { control: 'k', drawing: '[data-testid="rejection-darts"]' },
  },
  DartsPi: {
    id: 'darts',
    height: 820,
    load: () => import('./DartsPi').then((module) => module.DartsPi),
    contract: { control: 'n', drawing: '[data-testid="darts-canvas"]' },
  },
  GibbsChain: {
    id: 'gibbs',
    height: 970,
    load: () => import('./GibbsChain').then((module) => module.GibbsChain),
    contract: { control: 'rho', drawing: '[data-testid="gibbs-ellipse-1"]' },
  },
  ImportanceSampling: {
    id: 'importance',
    height: 970,
    load: () => import('./ImportanceSampling').then((module) => module.ImportanceSampling),
    contract: { control: 'centre', drawing: '[data-testid="importance-q"]' },
  },
  IntegralEstimator: {
    id: 'integral',
    height: 950,
    load: () => import('./IntegralEstimator').then((module) => module.IntegralEstimator),
    contract: { control: 'n', drawing: '[data-testid="integral-repeats"]' },
  },
  InverseCdf: {
    id: 'inverse-cdf',
    height: 1100,
    load: () => import('./InverseCdf').then((module) => module.InverseCdf),
    contract: { control: 'n', drawing: '[data-testid="inverse-cdf-bars"]' },
  },
  IsingGibbs: {
    id: 'ising-gibbs',
    height: 900,
    load: () => import('./IsingGibbs').then((module) => module.IsingGibbs),
    // The exact neighbour correlations (dashes) follow J before anything is played; the marginals' dashes sit at ½
    // whatever J is when h = 0.
    contract: { control: 'coupling', drawing: '[data-testid="ising-correlations"]' },
  },
  MetropolisChain: {
    id: 'metropolis',
    height: 1050,
    load: () => import('./MetropolisChain').then((module) => module.MetropolisChain),
    contract: { control: 'scale', drawing: '[data-testid="metropolis-proposal"]' },
  },
});
