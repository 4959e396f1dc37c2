/**
 * Everything that can be wrong with a density the reader typed, as data: the field turns these into words in the
 * reader's language (messages.ts), tests check the codes.
 */

/** Kinds of syntax the whitelist refuses outright, named for the reader. */
export type ForbiddenConstruct =
  | 'property-access'
  | 'assignment'
  | 'function-definition'
  | 'matrix'
  | 'object'
  | 'string'
  | 'condition'
  | 'range'
  | 'several-expressions'
  | 'comparison'
  | 'other';

export type FormulaError =
  | { code: 'empty' }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'too-deep'; max: number }
  | { code: 'too-many-nodes'; max: number }
  | { code: 'syntax'; position: number | null }
  | { code: 'forbidden'; construct: ForbiddenConstruct }
  | { code: 'unknown-symbol'; name: string; allowed: readonly string[] }
  | { code: 'function-as-symbol'; name: string }
  | { code: 'unknown-function'; name: string }
  | { code: 'wrong-arity'; name: string; expected: string; got: number }
  | { code: 'operator'; op: string }
  | { code: 'implicit-multiplication' }
  | { code: 'bad-number' }
  // Found on the plotting grid, after a successful parse:
  | { code: 'negative'; x: number; y?: number; value: number }
  | { code: 'not-finite'; x: number; y?: number }
  | { code: 'all-zero' }
  // Found while sampling, between grid points:
  | { code: 'bad-value-while-sampling'; x: number; y?: number };
