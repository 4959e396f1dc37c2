// The public face of the sampling core. Widgets, workers and outside checks import from here only.
// Each area folder lists its own public names in its index.ts; this file gathers the areas, in reading order.
// (TypeScript refuses two areas exporting the same name, so a clash cannot slip through.)

// Chapter 1, Brownian motion: walkers and paths, the collision model, Stokes–Einstein, cloud readouts, MSD(τ).
export * from './brownian';
// Chapter 7 (and chapter 1's dissolving shapes): schedules, forward noising, exact mixture scores, reverse samplers.
export * from './diffusion';
// Chapters 3 and 4: energies, Boltzmann densities, partition functions by quadrature with a divergence verdict.
export * from './energy';
// Chapters 2, 3 and 6: undirected graphical models, enumeration, separation, Gray-code counts, the Ising chain.
export * from './graphical';
export * from './mcmc';
// Chapter 6: Monte Carlo integration, importance sampling, MCMC (Gibbs, Metropolis, Langevin).
export * from './montecarlo';
// Shared: seeded random streams and statistics.
export * from './random';
// Chapter 5: restricted Boltzmann machines and the digits.
export * from './rbm';
export * from './stats';
