import { z } from 'zod';

/** The versioned shapes of `data/industries/<id>/*.yaml` (see data/industries/FORMAT.md). */
export const TIERS = ['upstream', 'midstream', 'downstream'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Why a key link is key. `single_source` means one supplier (or one country's suppliers) in practice;
 * `import_dependency` means several suppliers, all or mostly abroad, so price and access swing with imports
 * (lithium, single-use bioprocess systems): a different remedy (long-term offtake, recycling, second sources).
 */
export const BOTTLENECKS = [
  'chokepoint_tech',
  'capacity',
  'local_absence',
  'single_source',
  'import_dependency',
] as const;
export type Bottleneck = (typeof BOTTLENECKS)[number];

/**
 * What a leaf segment is, which decides which FEEDS make sense (data/industries/FORMAT.md):
 * `goods` makes a product; `operation` runs goods it buys from the chain (fleets, plants, stations, lessors,
 * data centres, MRO); `service` is a producer service that works on its customers' products (testing, certification,
 * flight test, R&D, pilot plants, consulting, finance, training): an input of the producers it serves, never fed by
 * their products; `institution` is a university, hospital or public-data operator, not a firm.
 */
export const SEGMENT_KINDS = ['goods', 'operation', 'service', 'institution'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/**
 * Units a leaf segment's quantities are counted in (demands, capacities). Grouped so checks can say which are
 * plausible where: a chip is counted in 颗/片, a chemical in 吨, a vehicle in 辆, a service in 项.
 */
export const UNITS_BY_CLASS = {
  mass: ['吨', 'kg', 'Nm³'],
  count: ['颗', '片', '件', '套', '台', '座', 'm²'],
  vehicle: ['辆', '架'],
  energy: ['kWh', 'MWh', 'MW'],
  service: ['项', '人天'],
} as const;
export const UNITS = Object.values(UNITS_BY_CLASS).flat() as Array<
  (typeof UNITS_BY_CLASS)[keyof typeof UNITS_BY_CLASS][number]
>;
export type Unit = (typeof UNITS)[number];

export const TECH_STAGES = ['research', 'pilot', 'industrialising', 'mature'] as const;

const id = z.string().regex(/^[a-z]+\.[a-z0-9.-]+$/, 'an id like "icv.cathode"');
const name = z.string().trim().min(1).max(80);

export const segmentSchema = z.strictObject({
  id,
  name,
  nameEn: name,
  tier: z.enum(TIERS),
  parent: id.optional(),
  description: z.string().max(400).default(''),
  hsCodes: z.array(z.string().regex(/^\d{4}(\d{2})?$/, 'a 4- or 6-digit HS code')).default([]),
  gbCodes: z.array(z.string().regex(/^[A-T]\d{4}$/, 'a GB/T 4754 class code like C3670')).default([]),
  /** Leaves only (checkIndustry requires it there and refuses it on parents). */
  unit: z.enum(UNITS as [Unit, ...Unit[]]).optional(),
  /** Absent means goods. */
  kind: z.enum(SEGMENT_KINDS).optional(),
});

export const chainFileSchema = z.strictObject({
  industry: z.strictObject({ id: z.string().regex(/^[a-z]+$/), name, nameEn: name }),
  segments: z.array(segmentSchema).min(1),
  feeds: z.array(z.tuple([id, id])),
});

export const technologySchema = z.strictObject({
  id,
  name,
  nameEn: name,
  trl: z.number().int().min(1).max(9),
  horizon: z.number().int().min(2020).max(2050),
  stage: z.enum(TECH_STAGES),
  enables: z.array(id).min(1),
  precedes: z.array(id).default([]),
});

export const roadmapFileSchema = z.strictObject({ technologies: z.array(technologySchema).min(1) });

export const keyLinkSchema = z.strictObject({
  id,
  segment: id,
  criticality: z.number().int().min(1).max(5),
  bottleneck: z.enum(BOTTLENECKS),
  targetYear: z.number().int().min(2024).max(2050),
  note: z.string().min(1).max(400),
  noteEn: z.string().min(1).max(600),
});

export const keyLinksFileSchema = z.strictObject({ keyLinks: z.array(keyLinkSchema).min(1) });

export type Segment = z.infer<typeof segmentSchema>;
export type ChainFile = z.infer<typeof chainFileSchema>;
export type Technology = z.infer<typeof technologySchema>;
export type KeyLink = z.infer<typeof keyLinkSchema>;

/** One industry's 两图一清单, parsed and ready to check. */
export interface IndustryDefinition {
  industry: ChainFile['industry'];
  segments: Segment[];
  feeds: Array<[from: string, to: string]>;
  technologies: Technology[];
  keyLinks: KeyLink[];
}
