// Monte Carlo sampling (chapter 6): π by darts, integrals as expectations, inverse-CDF, rejection and
// importance sampling, and the Gaussian-mixture targets they are tested on.
export * from './importance';
export * from './integrate';
export * from './inverseCdf';
export * from './mixture';
export * from './pi';
export * from './rejection';
