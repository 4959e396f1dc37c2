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
