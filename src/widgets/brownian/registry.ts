import { defineWidgets } from '../common/frame/registry';

/**
 * Chapter 1's widgets: the one place each id is written. Each one's code is a separate chunk, fetched only when
 * the reader scrolls near the figure (see deferUntilVisible); `height` is the placeholder's, about the built
 * widget's, so the page does not jump; `contract` names the main control and the drawing it changes.
 */
export const BROWNIAN_WIDGETS = defineWidgets({
  CollisionBox: {
    id: 'collisions',
    height: 1000,
    load: () => import('./CollisionBox').then((module) => module.CollisionBox),
    contract: { control: 'grainRadius', drawing: '[data-testid="collisions-canvas"]' },
  },
  MsdCrossover: {
    id: 'msd-crossover',
    height: 1250,
    load: () => import('./MsdCrossover').then((module) => module.MsdCrossover),
    // before any run the ballistic guide ⟨v²⟩τ² = (2k_BT/M)τ² is drawn, and M follows R
    contract: { control: 'grainRadius', drawing: '[data-testid="msd-ballistic"]' },
  },
  RandomWalkCloud: {
    id: 'walkers',
    height: 1300,
    load: () => import('./RandomWalkCloud').then((module) => module.RandomWalkCloud),
    contract: { control: 'walkers', drawing: '[data-testid="walkers-canvas"]' },
  },
  ShapeDissolves: {
    id: 'dissolve',
    height: 1000,
    load: () => import('./ShapeDissolves').then((module) => module.ShapeDissolves),
    contract: { control: 't', drawing: '[data-testid="dissolve-canvas"]' },
  },
  StokesEinstein: {
    id: 'stokes-einstein',
    height: 680,
    load: () => import('./StokesEinstein').then((module) => module.StokesEinstein),
    contract: { control: 'radius', drawing: '[data-testid="se-point"]' },
  },
});
