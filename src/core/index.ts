// The public face of the sampling core. Widgets, workers and outside checks import from here only.

export * from './banana';
export * from './brownian/collisions';
export * from './brownian/stokesEinstein';
export * from './brownian/walkers';
export * from './cloudStats';
export * from './densityIntegrals';
export * from './diffusion/forward';
export * from './diffusion/gaussianMixture';
export * from './diffusion/samplers';
export * from './diffusion/schedules';
export * from './digits';
export * from './energy';
export * from './gibbsTheory';
export * from './graphical';
export * from './importanceTheory';
export * from './integrands';
export * from './mcmc';
export * from './montecarlo';
export * from './piecewiseMoments';
export * from './random';
export * from './rbm';
export * from './shapes';
export * from './stats';
