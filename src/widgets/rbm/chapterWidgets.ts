import { deferWidgets } from '../common/frame/deferUntilVisible';
import { RBM_WIDGETS } from './registry';

/** The widgets as chapter 5 imports them: each a placeholder until the reader scrolls near it. */
export const { RbmAnatomy, RbmBlockGibbs, DrawAndRepair, RbmTrainer } = deferWidgets(RBM_WIDGETS);
