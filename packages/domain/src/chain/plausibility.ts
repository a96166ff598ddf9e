import type { IndustryDefinition, Segment, SegmentKind, Unit } from './schema';
import { UNITS_BY_CLASS } from './schema';

/**
 * Checks an engineer of the industry would make and a schema cannot, added after the 2026-12 domain review found
 * "500 吨 of 车规MCU" demands and a car "supplying" a test lab (data/industries/REVIEW.md):
 * - every leaf has a unit, no parent has one (or a kind);
 * - the unit fits what the segment is: services count 项/人天, chips 颗/片, bulk chemicals and metals mass,
 *   vehicles 辆 and aircraft 架, and nothing upstream is counted in whole vehicles or aircraft;
 * - a producer service (testing, certification, R&D, finance…) or an institution is an input of the producers it
 *   serves, so no goods or operation segment feeds it, and it feeds at least one segment.
 */
export function checkPlausibility(definition: Pick<IndustryDefinition, 'segments' | 'feeds'>, leaves: Set<string>) {
  const problems: string[] = [];
  const byId = new Map(definition.segments.map((s) => [s.id, s]));
  for (const s of definition.segments) {
    if (!leaves.has(s.id)) {
      if (s.unit) problems.push(`${s.id}: a parent segment has no unit (facts attach to leaves)`);
      if (s.kind) problems.push(`${s.id}: a parent segment has no kind (facts attach to leaves)`);
      continue;
    }
    if (!s.unit) {
      problems.push(`${s.id}: a leaf segment needs a unit (${allUnits()})`);
      continue;
    }
    const wrong = unitProblem(s);
    if (wrong) problems.push(`${s.id}: unit ${s.unit} ${wrong}`);
  }
  const outgoing = new Set(definition.feeds.map(([from]) => from));
  for (const [from, to] of definition.feeds) {
    const target = byId.get(to);
    const source = byId.get(from);
    if (!target || !source || !isServiceLike(kindOf(target)) || isServiceLike(kindOf(source))) continue;
    problems.push(
      `feeds ${from} -> ${to}: a ${kindOf(source)} segment cannot feed the ${kindOf(target)} ${to}; ` +
        `a producer service is an input of the producers it serves (write [${to}, ${from}] if it serves them)`,
    );
  }
  for (const s of definition.segments)
    if (leaves.has(s.id) && isServiceLike(kindOf(s)) && !outgoing.has(s.id))
      problems.push(`${s.id}: a ${kindOf(s)} segment must feed the segments it serves`);
  return problems;
}

export function kindOf(segment: Pick<Segment, 'kind'>): SegmentKind {
  return segment.kind ?? 'goods';
}

function isServiceLike(kind: SegmentKind): boolean {
  return kind === 'service' || kind === 'institution';
}

const inClass = (unit: Unit, cls: keyof typeof UNITS_BY_CLASS) =>
  (UNITS_BY_CLASS[cls] as readonly string[]).includes(unit);
const allHs = (s: Segment, pattern: RegExp) => s.hsCodes.length > 0 && s.hsCodes.every((c) => pattern.test(c));

/**
 * HS chapters whose goods are traded by weight: minerals, chemicals, plastics and rubber, man-made fibres, base
 * metals (chapter 72 and the unwrought and semi-finished headings of copper, nickel and aluminium; not their
 * articles such as gas cylinders). Chapter 30 (medicaments, vaccines in doses) is counted in packs.
 */
const BULK_HS = /^(2[5-9]|3[1-9]|40|5[45]|72|7[4-6]0\d|8[01])/;

function unitProblem(s: Segment): string | undefined {
  const unit = s.unit as Unit;
  const kind = kindOf(s);
  if (isServiceLike(kind)) return inClass(unit, 'service') ? undefined : `does not count a ${kind} (use 项 or 人天)`;
  if (kind === 'goods' && unit === '人天') return 'counts labour, not goods';
  if (inClass(unit, 'vehicle') && s.tier === 'upstream')
    return 'counts whole vehicles or aircraft in an upstream segment';
  if (allHs(s, /^85414[23]/))
    return unit === 'MW' || unit === '片' ? undefined : 'does not count PV cells (use MW or 片)';
  if (allHs(s, /^854[12]/) && unit !== '颗' && unit !== '片') return 'does not count semiconductors (use 颗 or 片)';
  if (allHs(s, /^870[2-5]/) && unit !== '辆') return 'does not count motor vehicles (use 辆)';
  if (allHs(s, /^880[26]/) && unit !== '架') return 'does not count aircraft (use 架)';
  if (allHs(s, BULK_HS) && !inClass(unit, 'mass') && unit !== 'm²' && unit !== '片')
    return 'does not count bulk materials (use 吨, kg, Nm³, or m² for films)';
  return undefined;
}

function allUnits(): string {
  return Object.values(UNITS_BY_CLASS).flat().join(', ');
}
