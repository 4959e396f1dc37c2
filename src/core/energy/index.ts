// Continuous energies: Boltzmann densities, partition functions with a divergence verdict, experts.
export * from './boltzmann';
export * from './experts';
export { partitionOfLogWeight } from './partition';
export { logIntegrate } from './quadrature';
export * from './types';
