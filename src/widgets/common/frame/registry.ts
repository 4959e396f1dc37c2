import type { ComponentType } from 'react';

/**
 * One widget of the book, as its chapter lists it. Plain data (no React at run time), so the browser tests can
 * read the whole registry in Node and check every figure against the widget contract.
 */
export interface WidgetEntry {
  /** Unique across the book: `data-widget`, and the prefix of the widget's URL parameters (`<id>.<param>`). */
  id: string;
  /** The placeholder's height in CSS pixels, about the built widget's, so the page does not jump. */
  height: number;
  /** The widget's code, a chunk of its own (Vite needs one literal `import()` per widget). */
  load: () => Promise<ComponentType>;
  /** What the widget contract drives: the main control and the drawing it changes. */
  contract: WidgetContractHints;
}

export interface WidgetContractHints {
  /** The parameter of the main control (its `data-param`): a slider, a choice or a toggle. */
  control: string;
  /** A selector, inside the figure, for the drawing that the main control changes (an SVG mark or a canvas). */
  drawing: string;
}

export type WidgetRegistry = Record<string, WidgetEntry>;

/** A chapter's widgets, keyed by component name (the name the MDX imports). */
export function defineWidgets<R extends WidgetRegistry>(registry: R): R {
  return registry;
}
