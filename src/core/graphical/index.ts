// Discrete undirected models: factors, exact enumeration, Gibbs sampling, ready-made Ising models.
export * from './builders';
export * from './enumerate';
export * from './gibbs';
export * from './model';
export * from './structure';
