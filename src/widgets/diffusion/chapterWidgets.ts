import { deferWidgets } from '../common/frame/deferUntilVisible';
import { DIFFUSION_WIDGETS } from './registry';

/** The widgets as chapter 7 imports them: each a placeholder until the reader scrolls near it. */
export const { ScoreField, LangevinSampler, ForwardReverse, DenoiseOneStep, LearnScore } =
  deferWidgets(DIFFUSION_WIDGETS);
