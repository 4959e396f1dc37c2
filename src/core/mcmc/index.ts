// Markov chain Monte Carlo (chapter 6, and Langevin for chapter 7): random-walk Metropolis–Hastings,
// Gibbs (bivariate Gaussian and a generic systematic scan), and Langevin dynamics (ULA, MALA).
export * from './gibbs';
export * from './langevin';
export * from './metropolis';
