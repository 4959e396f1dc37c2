import { defineWidgets } from '../common/frame/registry';

/** Chapter 2's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const UNDIRECTED_WIDGETS = defineWidgets({
  ColdSpread: {
    id: 'cold',
    height: 900,
    load: () => import('./ColdSpread').then((module) => module.ColdSpread),
    contract: { control: 'you', drawing: '[data-testid="cold-bars"]' },
  },
  DirectedOrUndirected: {
    id: 'directed',
    height: 700,
    load: () => import('./DirectedOrUndirected').then((module) => module.DirectedOrUndirected),
    contract: { control: 'mode', drawing: '[data-testid="directed-graph"]' },
  },
  CliqueEditor: {
    id: 'cliques',
    height: 760,
    load: () => import('./CliqueEditor').then((module) => module.CliqueEditor),
    contract: { control: 'nodes', drawing: '[data-testid="cliques-graph"]' },
  },
  SeparationExplorer: {
    id: 'separation',
    height: 960,
    load: () => import('./SeparationExplorer').then((module) => module.SeparationExplorer),
    contract: { control: 'nodes', drawing: '[data-testid="separation-graph"]' },
  },
});
