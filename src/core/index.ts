// The public face of the sampling core. Widgets, workers and outside checks import from here only.

export * from './banana';
export * from './cloudStats';
export * from './densityIntegrals';
export * from './importanceTheory';
export * from './integrands';
export * from './montecarlo';
export * from './piecewiseMoments';
export * from './random';
export * from './stats';
export * from './walkPath';
export * from './brownian/walkers';
export * from './brownian/collisions';
export * from './brownian/stokesEinstein';
export * from './diffusion/schedules';
export * from './diffusion/forward';
export * from './diffusion/gaussianMixture';
export * from './diffusion/samplers';
export * from './shapes';
export * from './mcmc';
