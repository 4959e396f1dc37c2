import { deferWidgets } from '../common/frame/deferUntilVisible';
import { DEMO_WIDGETS } from './registry';

/** The widgets as the chapters import them: each a placeholder until the reader scrolls near it. */
export const { WalkDemo } = deferWidgets(DEMO_WIDGETS);
