import { defineWidgets } from '../common/frame/registry';

/** The frame's demonstration widget (shown in chapter 1). See brownian/registry.ts for what an entry holds. */
export const DEMO_WIDGETS = defineWidgets({
  WalkDemo: {
    id: 'walk-demo',
    height: 550,
    load: () => import('./WalkDemo').then((module) => module.WalkDemo),
    contract: { control: 'steps', drawing: '[data-testid="walk-line"]' },
  },
});
