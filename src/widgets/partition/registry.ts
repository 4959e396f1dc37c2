import { defineWidgets } from '../common/frame/registry';

/** Chapter 3's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const PARTITION_WIDGETS = defineWidgets({
  StateCounter: {
    id: 'count-states',
    height: 900,
    load: () => import('./StateCounter').then((module) => module.StateCounter),
    contract: { control: 'n', drawing: '[data-testid="count-lattice"]' },
  },
  DivergentIntegral: {
    id: 'divergent',
    height: 900,
    load: () => import('./DivergentIntegral').then((module) => module.DivergentIntegral),
    contract: { control: 'beta', drawing: '[data-testid="divergent-curve"]' },
  },
  DomainDecides: {
    id: 'domain',
    height: 1000,
    load: () => import('./DomainDecides').then((module) => module.DomainDecides),
    contract: { control: 'domain', drawing: '[data-testid="domain-plot"]' },
  },
  LogZCurve: {
    id: 'logz',
    height: 820,
    load: () => import('./LogZCurve').then((module) => module.LogZCurve),
    contract: { control: 'coupling', drawing: '[data-testid="logz-point"]' },
  },
});
