import { z } from 'zod';
import { usccProblem } from './uscc';

/**
 * The row shapes every writer of enterprise data goes through — the synthetic generator and the importers alike —
 * so a company is the same thing however it arrives (docs/design.md §3.2).
 */
export const COMPANY_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];
// 'confirmed': an inferred attachment a person reviewed and accepted (issue #13, graph/src/queries/review.ts).
export const SOURCES = ['registry', 'survey', 'contract', 'inferred', 'confirmed', 'synthetic'] as const;
export type Source = (typeof SOURCES)[number];

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `at most ${max} characters`).nullish();

/**
 * Control characters (C0, DEL, C1) and bidirectional overrides have no place in a name: they break XML exports,
 * drive terminals and make one name look like another. Refused on import and on every write.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const NAME_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const NAME_RULE = 'must not contain control characters';
const name = (max: number) => text(max).refine((v) => !NAME_FORBIDDEN.test(v), NAME_RULE);
const optionalName = (max: number) => optionalText(max).refine((v) => !v || !NAME_FORBIDDEN.test(v), NAME_RULE);

export const companyRowSchema = z.strictObject({
  id: text(64).regex(/^[\w.:-]+$/, 'letters, digits, . _ : - only'),
  uscc: z.string().superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: `not a valid USCC: ${problem}` });
  }),
  name: name(120),
  nameEn: optionalName(200),
  size: z.enum(COMPANY_SIZES),
  chainLeader: z.boolean().default(false),
  country: z.string().trim().min(1).max(40).default('中国'),
  province: text(40),
  city: optionalText(40),
  district: optionalText(40),
  park: optionalText(64),
  lat: z.number().min(-90).max(90).nullish(),
  lon: z.number().min(-180).max(180).nullish(),
  founded: z.number().int().min(1800).max(2100).nullish(),
  employees: z.number().int().min(0).max(5_000_000).nullish(),
  creditScore: z.number().min(0).max(100).nullish(),
  synthetic: z.boolean().default(false),
  source: z.enum(SOURCES).default('registry'),
});

const provenance = {
  source: z.enum(SOURCES).default('survey'),
  confidence: z.number().min(0).max(1).default(1),
};

export const capabilityRowSchema = z.strictObject({
  companyId: text(64),
  segmentId: text(80),
  capacity: z.number().min(0).nullish(),
  products: z.array(text(80)).max(50).default([]),
  ...provenance,
});

export const supplyRowSchema = z.strictObject({
  supplierId: text(64),
  buyerId: text(64),
  segmentId: text(80),
  annualValue: z.number().min(0, 'must not be negative'),
  since: z.number().int().min(1900).max(2100).nullish(),
  ...provenance,
});

export const certificationRowSchema = z.strictObject({
  companyId: text(64),
  certification: text(64),
});

export const holdsRowSchema = z.strictObject({
  companyId: text(64),
  technologyId: text(80),
  patents: z.number().int().min(0).default(0),
});

export const parkRowSchema = z.strictObject({
  id: text(64),
  name: text(80),
  district: text(40),
  lat: z.number(),
  lon: z.number(),
});

export type CompanyRow = z.output<typeof companyRowSchema>;
export type CapabilityRow = z.output<typeof capabilityRowSchema>;
export type SupplyRow = z.output<typeof supplyRowSchema>;
export type CertificationRow = z.output<typeof certificationRowSchema>;
export type HoldsRow = z.output<typeof holdsRowSchema>;
export type ParkRow = z.output<typeof parkRowSchema>;
