/**
 * A density typed by the reader, e.g. `exp(-x^2/2) * (1 + sin(3*x)^2)`, turned into a plain function of (x, y).
 *
 * Safety, in order:
 *  1. the raw text is capped in length and in bracket nesting before any parser sees it;
 *  2. mathjs parses it into a tree (mathjs's parser builds nodes, it never evaluates anything);
 *  3. the whole tree is walked against a whitelist (whitelist.ts) and its size and depth are capped;
 *  4. only then is the tree turned into nested closures over Math.* (compileTree below).
 * Nothing uses eval or new Function, so the book's CSP (no 'unsafe-eval') holds. We compile the tree ourselves
 * instead of calling mathjs's compile/evaluate because (a) the evaluator then cannot reach any mathjs function at
 * all, whatever the tree says; (b) mathjs would answer sqrt(−1) or (−8)^(1/3) with a complex number where a density
 * must report "not a real number here"; (c) plain closures are ~50× faster than mathjs's typed dispatch, which
 * matters when a Markov chain evaluates the density 20 000 times per drag of a slider.
 */

import { create, parseDependencies } from 'mathjs/number';
import type { ForbiddenConstruct, FormulaError } from './errors';
import {
  BINARY_OPERATORS,
  CONSTANTS,
  FUNCTIONS,
  MAX_BRACKET_DEPTH,
  MAX_LENGTH,
  MAX_NODES,
  MAX_TREE_DEPTH,
  UNARY_OPERATORS,
  type Variable,
} from './whitelist';

const math = create({ parseDependencies }, {});

/** A compiled density: evaluate(x, y) (y is ignored by a formula in x alone). */
export interface TypedDensity {
  /** The text as typed (trimmed). */
  source: string;
  variables: readonly Variable[];
  evaluate: (x: number, y: number) => number;
}

export type FormulaResult = { ok: true; density: TypedDensity } | { ok: false; error: FormulaError };

type Evaluator = (x: number, y: number) => number;

/** The parts of mathjs's node objects that the walk reads (structural, so a mathjs type change cannot widen it). */
interface AnyNode {
  type: string;
  value?: unknown;
  name?: string;
  op?: string;
  fn?: string | AnyNode;
  implicit?: boolean;
  args?: AnyNode[];
  content?: AnyNode;
}

/** Parse, check and compile. Never throws; every refusal comes back as a FormulaError. */
export function parseDensityFormula(raw: string, variables: readonly Variable[]): FormulaResult {
  // 1. Cheap checks on the raw text, before the parser: length first, so a 10⁵-character string costs nothing.
  if (raw.length > MAX_LENGTH) return fail({ code: 'too-long', length: raw.length, max: MAX_LENGTH });
  const source = normaliseSymbols(raw).trim();
  if (source.length === 0) return fail({ code: 'empty' });
  if (bracketDepth(source) > MAX_BRACKET_DEPTH) return fail({ code: 'too-deep', max: MAX_BRACKET_DEPTH });

  // 2. Parse into a tree.
  let tree: AnyNode;
  try {
    tree = math.parse(source) as unknown as AnyNode;
  } catch (error) {
    return fail({ code: 'syntax', position: syntaxPosition(error) });
  }

  // 3. Whitelist, size and depth, over the whole tree.
  const verdict = checkTree(tree, variables);
  if (verdict) return fail(verdict);

  // 4. Compile to closures.
  return { ok: true, density: { source, variables, evaluate: compileTree(tree) } };
}

function fail(error: FormulaError): FormulaResult {
  return { ok: false, error };
}

/** Typographic minus and multiplication signs (pasted from the book's own formulas) read as − and *. */
function normaliseSymbols(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/[\u00d7\u00b7\u22c5]/g, '*');
}

/** Deepest nesting of (), [] and {} — a linear scan that does not care whether the brackets match. */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return deepest;
}

/** mathjs syntax errors end in "(char N)", 1-based; the field points at that character. */
function syntaxPosition(error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const match = /\(char (\d+)\)/.exec(message);
  return match ? Number(match[1]) : null;
}

const FORBIDDEN_NODES: Readonly<Record<string, ForbiddenConstruct>> = {
  AccessorNode: 'property-access',
  IndexNode: 'property-access',
  AssignmentNode: 'assignment',
  FunctionAssignmentNode: 'function-definition',
  ArrayNode: 'matrix',
  ObjectNode: 'object',
  ConditionalNode: 'condition',
  RangeNode: 'range',
  BlockNode: 'several-expressions',
  RelationalNode: 'comparison',
};

const COMPARISONS = new Set(['equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'compare']);

/**
 * Walk the whole tree (iteratively: an explicit stack, so even a pathological tree cannot overflow the call stack),
 * counting nodes and depth, and return the most telling problem, or null. The walk does not stop at a mere style
 * problem (an implicit multiplication) so that `x.constructor(…)(1)` is reported as property access, not as "write *".
 */
export function checkTree(root: AnyNode, variables: readonly Variable[]): FormulaError | null {
  const stack: { node: AnyNode; depth: number }[] = [{ node: root, depth: 1 }];
  let count = 0;
  let styleProblem: FormulaError | null = null;
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: AnyNode; depth: number };
    count++;
    if (count > MAX_NODES) return { code: 'too-many-nodes', max: MAX_NODES };
    if (depth > MAX_TREE_DEPTH) return { code: 'too-deep', max: MAX_TREE_DEPTH };
    const children: AnyNode[] = [];
    switch (node.type) {
      case 'ConstantNode':
        if (typeof node.value === 'string') return { code: 'forbidden', construct: 'string' };
        if (typeof node.value !== 'number') return { code: 'forbidden', construct: 'other' };
        if (!Number.isFinite(node.value)) return { code: 'bad-number' };
        break;
      case 'SymbolNode': {
        const name = String(node.name);
        if ((variables as readonly string[]).includes(name) || Object.hasOwn(CONSTANTS, name)) break;
        if (Object.hasOwn(FUNCTIONS, name)) return { code: 'function-as-symbol', name };
        return { code: 'unknown-symbol', name, allowed: [...variables, ...Object.keys(CONSTANTS)] };
      }
      case 'ParenthesisNode':
        if (node.content) children.push(node.content);
        break;
      case 'OperatorNode': {
        const fn = String(node.fn);
        const args = node.args ?? [];
        if (COMPARISONS.has(fn)) return { code: 'forbidden', construct: 'comparison' };
        const known =
          (args.length === 2 && BINARY_OPERATORS.has(fn)) || (args.length === 1 && UNARY_OPERATORS.has(fn));
        if (!known) return { code: 'operator', op: String(node.op ?? fn) };
        // "2x" or "1/2x": mathjs would guess a multiplication (and 1/2x means x/2 there); we ask for an explicit *.
        if (node.implicit && !styleProblem) styleProblem = { code: 'implicit-multiplication' };
        children.push(...args);
        break;
      }
      case 'FunctionNode': {
        const callee = node.fn as AnyNode | undefined;
        // sin(x) has a SymbolNode as callee; anything else (x.constructor(…), f(1)(2)) is not a plain call.
        if (callee?.type !== 'SymbolNode' || !callee)
          return { code: 'forbidden', construct: 'property-access' };
        const name = String(callee.name);
        const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
        if (!spec) return { code: 'unknown-function', name };
        const args = node.args ?? [];
        if (args.length < spec.minArgs || args.length > spec.maxArgs) {
          const expected =
            spec.minArgs === spec.maxArgs ? String(spec.minArgs) : `${spec.minArgs}–${spec.maxArgs}`;
          return { code: 'wrong-arity', name, expected, got: args.length };
        }
        children.push(...args);
        break;
      }
      default:
        return { code: 'forbidden', construct: FORBIDDEN_NODES[node.type] ?? 'other' };
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return styleProblem;
}

/** Turn a checked tree into nested closures. Only called after checkTree passed, so every case is known. */
function compileTree(node: AnyNode): Evaluator {
  switch (node.type) {
    case 'ConstantNode': {
      const value = node.value as number;
      return () => value;
    }
    case 'SymbolNode': {
      if (node.name === 'x') return (x) => x;
      if (node.name === 'y') return (_x, y) => y;
      const value = CONSTANTS[String(node.name)];
      return () => value;
    }
    case 'ParenthesisNode':
      return compileTree(node.content as AnyNode);
    case 'OperatorNode': {
      const args = (node.args ?? []).map(compileTree);
      const [a, b] = args;
      switch (node.fn) {
        case 'add':
          return (x, y) => a(x, y) + b(x, y);
        case 'subtract':
          return (x, y) => a(x, y) - b(x, y);
        case 'multiply':
          return (x, y) => a(x, y) * b(x, y);
        case 'divide':
          return (x, y) => a(x, y) / b(x, y);
        case 'pow':
          return (x, y) => a(x, y) ** b(x, y);
        case 'unaryMinus':
          return (x, y) => -a(x, y);
        case 'unaryPlus':
          return a;
      }
      break;
    }
    case 'FunctionNode': {
      const { fn } = FUNCTIONS[String((node.fn as AnyNode).name)];
      const args = (node.args ?? []).map(compileTree);
      if (args.length === 1) {
        const [a] = args;
        return (x, y) => fn(a(x, y));
      }
      if (args.length === 2) {
        const [a, b] = args;
        return (x, y) => fn(a(x, y), b(x, y));
      }
      const values = new Float64Array(args.length); // reused: no allocation per evaluation
      return (x, y) => {
        for (let i = 0; i < args.length; i++) values[i] = args[i](x, y);
        return fn(...values);
      };
    }
  }
  // Unreachable after checkTree; a NaN here would be caught by the grid check rather than crash the page.
  return () => Number.NaN;
}
