import { BROWNIAN_WIDGETS } from './brownian/registry';
import type { WidgetEntry } from './common/frame/registry';
import { DEMO_WIDGETS } from './demo/registry';
import { DIFFUSION_WIDGETS } from './diffusion/registry';
import { ENERGY_WIDGETS } from './energy/registry';
import { MONTECARLO_WIDGETS } from './montecarlo/registry';
import { PARTITION_WIDGETS } from './partition/registry';
import { RBM_WIDGETS } from './rbm/registry';
import { UNDIRECTED_WIDGETS } from './undirected/registry';

/**
 * Every widget of the book, by component name. Plain data: the widget contract (tests/widgets/contract.test.tsx,
 * tests/e2e/contract.spec.ts) runs over this list, and a test fails if two entries share an id. A new chapter
 * adds its registry here.
 */
export const BOOK_REGISTRIES = [
  DEMO_WIDGETS,
  BROWNIAN_WIDGETS,
  UNDIRECTED_WIDGETS,
  PARTITION_WIDGETS,
  ENERGY_WIDGETS,
  RBM_WIDGETS,
  MONTECARLO_WIDGETS,
  DIFFUSION_WIDGETS,
] as const;

export const ALL_WIDGETS: readonly (WidgetEntry & { name: string })[] = BOOK_REGISTRIES.flatMap((registry) =>
  Object.entries(registry).map(([name, entry]) => ({ name, ...entry })),
);
