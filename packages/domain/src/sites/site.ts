import { z } from 'zod';
import { NAME_FORBIDDEN } from '../enterprise/rows';
import { CHEMICAL_PARK_IDS, JINSHAN_PARKS, type SyntheticPark } from '../synthetic/parks';

/**
 * A plot or a floor the district can offer a firm it attracts (土地资源清单化, issue #19 item 4): the row every
 * writer of sites goes through (the importer and the demo generator), so a site is the same thing however it arrives.
 */

/** PLOT 地块 (land to build on), FLOOR 标准厂房楼层 (one floor of a multi-storey factory, 工业上楼), BUILDING 独栋厂房. */
export const SITE_KINDS = ['PLOT', 'FLOOR', 'BUILDING'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/**
 * Permitted use (用地性质, GB 50137 and Shanghai's M0): M0 研发 (新型产业用地), M1/M2/M3 一/二/三类工业 (little, some,
 * serious nuisance or hazard), W 仓储.
 */
export const SITE_USES = ['M0', 'M1', 'M2', 'M3', 'W'] as const;
export type SiteUse = (typeof SITE_USES)[number];

export const SITE_AVAILABILITIES = ['AVAILABLE', 'RESERVED', 'TAKEN'] as const;
export type SiteAvailability = (typeof SITE_AVAILABILITIES)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((v) => !NAME_FORBIDDEN.test(v), 'must not contain control characters');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const siteRowSchema = z.strictObject({
  id: text(64).regex(/^[\w.:-]+$/, 'letters, digits, . _ : - only'),
  name: text(120),
  /** A Jinshan park id (`park.scip-jinshan`); the importer turns a park's name into its id. */
  parkId: z.string().refine((id) => parkById(id) !== undefined, 'not a Jinshan park'),
  kind: z.enum(SITE_KINDS, { message: `one of ${SITE_KINDS.join(', ')} (地块, 楼层, 独栋厂房)` }),
  /** m²: land area for a plot, floor area for a floor or building. */
  area: z.number().positive('must be more than 0').max(5_000_000, 'at most 5,000,000 m²'),
  use: z.enum(SITE_USES, { message: `one of ${SITE_USES.join(', ')}` }),
  /** 1 = ground floor. Floors only. */
  floorLevel: z.number().int('a whole number').min(1).max(60).nullish(),
  /** Design live load of the floor slab, kN/m² (1 t/m² ≈ 9.8 kN/m²). Floors; buildings may state it. */
  floorLoading: z.number().positive('must be more than 0').max(200).nullish(),
  /** 能耗指标: energy the site may use, tce per year (吨标准煤/年). */
  energyQuota: z.number().min(0).max(10_000_000).default(0),
  /** 环境容量: VOCs the site may emit, t per year. */
  vocsQuota: z.number().min(0).max(100_000).default(0),
  availability: z.enum(SITE_AVAILABILITIES, { message: `one of ${SITE_AVAILABILITIES.join(', ')}` }),
  availableFrom: z
    .string()
    .regex(ISO_DATE, 'a date like 2027-03-01')
    .refine((d) => !Number.isNaN(Date.parse(d)), 'not a real date')
    .nullish(),
  /** 出让价, 万元/亩 (plots). */
  landPrice: z.number().min(0).max(1_000_000).nullish(),
  /** 租金, 元/m²·天 (floors and buildings). */
  rent: z.number().min(0).max(1_000).nullish(),
  synthetic: z.boolean().default(false),
});

export type SiteRow = z.infer<typeof siteRowSchema>;

/** A site as the graph returns it: the row, plus the park's name for display. */
export interface Site extends SiteRow {
  parkName: string;
}

/** What a row must also satisfy beyond its cells one by one; the field to blame and why. */
export function siteCrossFieldProblem(row: SiteRow): { field: keyof SiteRow; reason: string } | undefined {
  if (row.kind === 'FLOOR') {
    if (row.floorLevel == null) return { field: 'floorLevel', reason: 'required for a FLOOR (1 = ground floor)' };
    if (row.floorLoading == null) return { field: 'floorLoading', reason: 'required for a FLOOR, in kN/m²' };
  }
  if (row.kind === 'PLOT' && row.floorLevel != null)
    return { field: 'floorLevel', reason: 'a PLOT has no floor level; leave it empty' };
  if (row.kind === 'PLOT' && row.rent != null)
    return { field: 'rent', reason: 'a PLOT is sold (landPrice), not rented' };
  return undefined;
}

export const parkById = (id: string): SyntheticPark | undefined => JINSHAN_PARKS.find((park) => park.id === id);

/** A park cell as users write it: its id, its (registered) name, or its official name. */
export function parkIdOf(text: string): string | undefined {
  const wanted = text.trim();
  return JINSHAN_PARKS.find((p) => p.id === wanted || p.name === wanted || p.nameEn === wanted)?.id;
}

/** 化工园区: since 2020 new hazardous-chemical production may only be built inside one (parks.ts). */
export const isChemicalPark = (parkId: string): boolean => CHEMICAL_PARK_IDS.has(parkId);
