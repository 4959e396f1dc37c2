import { deferWidgets } from '../common/frame/deferUntilVisible';
import { ENERGY_WIDGETS } from './registry';

/** The widgets as chapter 4 imports them: each a placeholder until the reader scrolls near it. */
export const { EnergyLandscape, ProductOfExperts, LandscapeParticles, FreeEnergy, EnergyClassifier } =
  deferWidgets(ENERGY_WIDGETS);
