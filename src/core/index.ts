// The public face of the sampling core. Widgets, workers and outside checks import from here only.

export * from './integrands';
export * from './montecarlo';
export * from './random';
export * from './stats';
export * from './walkPath';
export * from './cloudStats';
export * from './banana';
export * from './densityIntegrals';
export * from './importanceTheory';
