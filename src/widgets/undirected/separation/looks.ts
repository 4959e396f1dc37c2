import type { NodeLook } from '../../common/graph';
import { ROLE } from '../../common/plots/colours';
import type { SeparationAnalysis } from './model';
import type { Roles } from './roles';
import type { SEPARATION_STRINGS } from './strings';

type Words = (typeof SEPARATION_STRINGS)['en'];

/**
 * A node's look from its roles, each role with a shape or pattern AND a written tag: A a square, B a diamond,
 * observed nodes hatched, the blanket's members ringed with dashes and its centre with a thick ring.
 */
export function separationLook(v: number, roles: Roles, analysis: SeparationAnalysis, t: Words): NodeLook {
  const tags: string[] = [];
  const description: string[] = [];
  const look: NodeLook = { tags, description: '' };
  if (v === roles.a) {
    Object.assign(look, { shape: 'square', colour: ROLE.data });
    tags.push(t.tagA);
    description.push(t.describeA);
  } else if (v === roles.b) {
    Object.assign(look, { shape: 'diamond', colour: ROLE.reject });
    tags.push(t.tagB);
    description.push(t.describeB);
  }
  if (roles.observed.includes(v)) {
    look.shaded = true;
    tags.push(t.tagS);
    description.push(t.describeS);
  }
  if (v === roles.blanket) {
    look.ring = 'bold';
    tags.push(t.tagCentre);
    description.push(t.describeCentre);
  } else if (analysis.blanket.includes(v)) {
    look.ring = 'dashed';
    tags.push(t.tagBlanket);
    description.push(t.describeBlanket);
  }
  look.description = description.join(', ');
  return look;
}

/** The legend under the graph: the same glyphs, in words. */
export function separationLegend(t: Words, showBlanket: boolean): { look: NodeLook; label: string }[] {
  const items: { look: NodeLook; label: string }[] = [
    { look: { shape: 'square', colour: ROLE.data }, label: t.legendA },
    { look: { shape: 'diamond', colour: ROLE.reject }, label: t.legendB },
    { look: { shaded: true }, label: t.legendS },
  ];
  if (showBlanket) {
    items.push(
      { look: { ring: 'bold' }, label: t.legendCentre },
      { look: { ring: 'dashed' }, label: t.legendBlanket },
    );
  }
  return items;
}
