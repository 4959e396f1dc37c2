import { defineWidgets } from '../common/frame/registry';

/** Chapter 7's widgets: the one place each id is written (see brownian/registry.ts for what an entry holds). */
export const DIFFUSION_WIDGETS = defineWidgets({
  ScoreField: {
    id: 'score-field',
    height: 900,
    load: () => import('./ScoreField').then((module) => module.ScoreField),
    contract: { control: 'scale', drawing: '[data-testid="score-density"]' },
  },
  LangevinSampler: {
    id: 'langevin',
    height: 1000,
    load: () => import('./LangevinSampler').then((module) => module.LangevinSampler),
    contract: { control: 'stepSize', drawing: '[data-testid="langevin-exact"]' },
  },
  ForwardReverse: {
    id: 'forward-reverse',
    height: 1100,
    load: () => import('./ForwardReverse').then((module) => module.ForwardReverse),
    contract: { control: 'steps', drawing: '[data-testid="reverse-quality"]' },
  },
  DenoiseOneStep: {
    id: 'denoise',
    height: 900,
    load: () => import('./DenoiseOneStep').then((module) => module.DenoiseOneStep),
    contract: { control: 'noise', drawing: '[data-testid="denoise-plane"]' },
  },
  LearnScore: {
    id: 'learn-score',
    height: 1100,
    load: () => import('./LearnScore').then((module) => module.LearnScore),
    contract: { control: 'hiddenUnits', drawing: '[data-testid="learn-score-learned"]' },
  },
});
