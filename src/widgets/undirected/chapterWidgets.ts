import { deferWidgets } from '../common/frame/deferUntilVisible';
import { UNDIRECTED_WIDGETS } from './registry';

/** The widgets as chapter 2 imports them: each a placeholder until the reader scrolls near it. */
export const { ColdSpread, DirectedOrUndirected, CliqueEditor, SeparationExplorer } =
  deferWidgets(UNDIRECTED_WIDGETS);
