// The anatomy widget's parameter table, in a file of its own so that chapter 5's widget exercise
// (src/book/exercises/widgetChecks.ts) reads the very same table without loading the widget.
const unit = (on: boolean) => ({ kind: 'boolean', default: on }) as const;

/** Parameter table: the state of each unit, counted from 1 as the formulas count them. */
export const RBM_ANATOMY_PARAMS = {
  v1: unit(true),
  v2: unit(false),
  v3: unit(true),
  v4: unit(true),
  v5: unit(false),
  v6: unit(false),
  h1: unit(true),
  h2: unit(false),
  h3: unit(false),
  h4: unit(true),
} as const;
