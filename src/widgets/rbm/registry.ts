import { defineWidgets } from '../common/frame/registry';

/** Chapter 5's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const RBM_WIDGETS = defineWidgets({
  RbmTrainer: {
    id: 'rbm-train',
    height: 900,
    load: () => import('./RbmTrainer').then((module) => module.RbmTrainer),
    contract: { control: 'hidden', drawing: '[data-testid="rbm-filters"]' },
  },
});
