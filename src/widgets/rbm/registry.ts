import { defineWidgets } from '../common/frame/registry';

/** Chapter 5's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const RBM_WIDGETS = defineWidgets({
  RbmAnatomy: {
    id: 'rbm-anatomy',
    height: 760,
    load: () => import('./RbmAnatomy').then((module) => module.RbmAnatomy),
    contract: { control: 'v1', drawing: '[data-testid="rbm-anatomy-graph"]' },
  },
  RbmBlockGibbs: {
    id: 'rbm-gibbs',
    height: 820,
    load: () => import('./RbmBlockGibbs').then((module) => module.RbmBlockGibbs),
    contract: { control: 'scale', drawing: '[data-testid="rbm-gibbs-histogram"]' },
  },
  DrawAndRepair: {
    id: 'rbm-repair',
    height: 820,
    load: () => import('./DrawAndRepair').then((module) => module.DrawAndRepair),
    contract: { control: 'digit', drawing: '[data-testid="repair-pad"]' },
  },
  RbmTrainer: {
    id: 'rbm-train',
    height: 900,
    load: () => import('./RbmTrainer').then((module) => module.RbmTrainer),
    contract: { control: 'hidden', drawing: '[data-testid="rbm-filters"]' },
  },
});
