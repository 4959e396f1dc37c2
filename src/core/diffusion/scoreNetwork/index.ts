// The hand-written score network of chapter 7: an MLP ε̂_θ(x_t, t), its denoising score-matching loss and gradient,
// Adam, and a trainer on a 2-D point cloud.
export { type Adam, adamStep, createAdam } from './adam';
export {
  exactScoreGrid,
  gridPoints,
  learnedScoreGrid,
  meanSquaredDifference,
  scoreNetworkFrom,
} from './fieldGrid';
export {
  backward,
  createScoreNetwork,
  type DsmBatch,
  dsmLoss,
  INPUT_SIZE,
  NetworkScratch,
  networkInput,
  predictNoise,
  type ScoreNetwork,
  type ScoreNetworkLayout,
  scoreNetworkLayout,
  TIME_FEATURES,
} from './network';
export { networkScore, ScoreTrainer, type ScoreTrainerOptions, TRAIN_T_MIN } from './trainer';
