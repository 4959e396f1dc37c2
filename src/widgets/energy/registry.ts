import { defineWidgets } from '../common/frame/registry';

/** Chapter 4's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const ENERGY_WIDGETS = defineWidgets({
  EnergyLandscape: {
    id: 'landscape',
    height: 1000,
    load: () => import('./EnergyLandscape').then((module) => module.EnergyLandscape),
    contract: { control: 'temperature', drawing: '[data-testid="landscape-density"]' },
  },
  ProductOfExperts: {
    id: 'product',
    height: 900,
    load: () => import('./ProductOfExperts').then((module) => module.ProductOfExperts),
    contract: { control: 'expert1', drawing: '[data-testid="product-density"]' },
  },
  LandscapeParticles: {
    id: 'particles',
    height: 1000,
    load: () => import('./LandscapeParticles').then((module) => module.LandscapeParticles),
    contract: { control: 'temperature', drawing: '[data-testid="particles-exact"]' },
  },
  FreeEnergy: {
    id: 'free-energy',
    height: 900,
    load: () => import('./FreeEnergy').then((module) => module.FreeEnergy),
    contract: { control: 'a0', drawing: '[data-testid="free-energy-curves"]' },
  },
  EnergyClassifier: {
    id: 'classifier',
    height: 900,
    load: () => import('./EnergyClassifier').then((module) => module.EnergyClassifier),
    contract: { control: 'temperature', drawing: '[data-testid="classifier-probabilities"]' },
  },
});
