// The 2-D collision model of Brownian motion (chapter 1): the model, its parameters, the step's physics, readouts.
export { type GrainMsdEstimate, GrainTrail } from './diagnostics';
export { CollisionModel, createCollisionModel } from './model';
export {
  BOLTZMANN_CONSTANT_MODEL,
  COLLISION_MODEL_PARAMETERS,
  type CollisionModelOptions,
} from './parameters';
