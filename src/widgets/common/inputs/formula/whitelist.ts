/**
 * The grammar a typed density may use, in one place: numbers, the variables, pi and e, + − * / ^, unary minus,
 * parentheses, and a short list of real functions. Anything else is refused before anything is evaluated.
 */

export type Variable = 'x' | 'y';

/** Real functions of the whitelist, with how many arguments each takes, and what computes them. */
export const FUNCTIONS: Readonly<
  Record<string, { minArgs: number; maxArgs: number; fn: (...a: number[]) => number }>
> = {
  exp: { minArgs: 1, maxArgs: 1, fn: Math.exp },
  log: { minArgs: 1, maxArgs: 1, fn: Math.log },
  sqrt: { minArgs: 1, maxArgs: 1, fn: Math.sqrt },
  abs: { minArgs: 1, maxArgs: 1, fn: Math.abs },
  sin: { minArgs: 1, maxArgs: 1, fn: Math.sin },
  cos: { minArgs: 1, maxArgs: 1, fn: Math.cos },
  tan: { minArgs: 1, maxArgs: 1, fn: Math.tan },
  tanh: { minArgs: 1, maxArgs: 1, fn: Math.tanh },
  cosh: { minArgs: 1, maxArgs: 1, fn: Math.cosh },
  sinh: { minArgs: 1, maxArgs: 1, fn: Math.sinh },
  min: { minArgs: 2, maxArgs: 8, fn: Math.min },
  max: { minArgs: 2, maxArgs: 8, fn: Math.max },
  pow: { minArgs: 2, maxArgs: 2, fn: Math.pow },
};

export const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/** mathjs operator names we accept, by arity. */
export const BINARY_OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow']);
export const UNARY_OPERATORS = new Set(['unaryMinus', 'unaryPlus']);

/**
 * Limits checked BEFORE mathjs sees the text (length, bracket nesting) and right after parsing (size and depth of
 * the tree), so a hostile string — 10⁵ characters, or thousands of nested brackets — is refused in microseconds
 * and never reaches a recursive parser or evaluator.
 */
export const MAX_LENGTH = 200;
export const MAX_BRACKET_DEPTH = 24;
export const MAX_NODES = 120;
export const MAX_TREE_DEPTH = 40;
