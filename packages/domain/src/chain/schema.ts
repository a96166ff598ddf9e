import { z } from 'zod';

/** The versioned shapes of `data/industries/<id>/*.yaml` (see data/industries/FORMAT.md). */
export const TIERS = ['upstream', 'midstream', 'downstream'] as const;
export type Tier = (typeof TIERS)[number];

export const BOTTLENECKS = ['chokepoint_tech', 'capacity', 'local_absence', 'single_source'] as const;
export type Bottleneck = (typeof BOTTLENECKS)[number];

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
