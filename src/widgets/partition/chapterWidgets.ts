import { deferWidgets } from '../common/frame/deferUntilVisible';
import { PARTITION_WIDGETS } from './registry';

/** The widgets as chapter 3 imports them: each a placeholder until the reader scrolls near it. */
export const { StateCounter, DivergentIntegral, DomainDecides, LogZCurve } = deferWidgets(PARTITION_WIDGETS);
