import { deferWidgets } from '../common/frame/deferUntilVisible';
import { BROWNIAN_WIDGETS } from './registry';

/** The widgets as the chapters import them: each a placeholder until the reader scrolls near it. */
export const { CollisionBox, MsdCrossover, RandomWalkCloud, ShapeDissolves, StokesEinstein } =
  deferWidgets(BROWNIAN_WIDGETS);
