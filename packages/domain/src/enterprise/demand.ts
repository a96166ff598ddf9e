import { z } from 'zod';
import { RADII } from '../radius';
import { type Refusal, refusal } from '../refusals';
import { NAME_FORBIDDEN } from './rows';

/** Demand lifecycle (docs/design.md §3.2). */
export const DEMAND_STATUSES = ['OPEN', 'SHORTLISTED', 'CONTACTED', 'CONTRACTED', 'CLOSED', 'EXPIRED'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/**
 * What a demand asks for (#19 item 2): an ORDER buys a segment's product (the original demand board), a SCENARIO
 * (开放应用场景) offers a line, route, site or dataset for a pilot, an INNOVATION need (联合研发 / 技术需求) seeks a
 * partner for a technology problem. Each kind has its own fields (`KIND_FIELDS`); a stored demand without a kind
 * is an ORDER.
 */
export const DEMAND_KINDS = ['ORDER', 'SCENARIO', 'INNOVATION'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

/** What a scenario opens for piloting: a production line, a route (a test road, a flight corridor), a site, a dataset. */
export const SCENARIO_OFFERINGS = ['LINE', 'ROUTE', 'SITE', 'DATASET', 'OTHER'] as const;
export type ScenarioOffering = (typeof SCENARIO_OFFERINGS)[number];

/** 联合研发 / 委托开发 / 技术许可 / 技术转让. */
export const COLLABORATION_FORMS = ['JOINT_RD', 'COMMISSIONED', 'LICENSING', 'TRANSFER'] as const;
export type CollaborationForm = (typeof COLLABORATION_FORMS)[number];

/** The fields that belong to one kind only; any other kind must leave them empty. */
export const KIND_FIELDS = {
  ORDER: ['quantity', 'unit', 'requiredCerts'],
  SCENARIO: ['offering', 'pilotSite', 'availableFrom', 'durationMonths', 'support'],
  INNOVATION: ['problem', 'targetTrl', 'collaborationForm'],
} as const satisfies Record<DemandKind, readonly string[]>;

/** The fields a kind cannot do without (`wantedTechnologyIds` is checked on its own: at least one). */
const REQUIRED_FIELDS: Record<DemandKind, readonly string[]> = {
  ORDER: [],
  SCENARIO: ['offering', 'pilotSite'],
  INNOVATION: ['problem', 'targetTrl', 'collaborationForm'],
};

/** Most technologies one demand may name: matching scores the share of them a candidate holds. */
export const MAX_WANTED_TECHNOLOGIES = 10;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !NAME_FORBIDDEN.test(v), 'must not contain control characters')
    .nullish()
    .transform((v) => (v ? v : null));

export const demandRowSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    kind: z.enum(DEMAND_KINDS).default('ORDER'),
    posterId: z.string().min(1).max(64),
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(120)
      .refine((v) => !NAME_FORBIDDEN.test(v), 'must not contain control characters'),
    description: z.string().max(2000).default(''),
    segmentId: z.string().min(1).max(80),
    quantity: z.number().positive('must be positive').nullish(),
    unit: z.string().max(20).nullish(),
    budget: z.number().min(0, 'must not be negative').nullish(),
    requiredCerts: z.array(z.string().min(1).max(64)).max(10).default([]),
    radius: z.enum(RADII).default('YRD'),
    status: z.enum(DEMAND_STATUSES).default('OPEN'),
    createdAt: z.string(),
    expiresAt: z
      .string()
      .nullish()
      .transform((v, ctx) => {
        if (v === null || v === undefined || v === '') return null;
        const instant = deadlineInstant(v);
        if (!instant) ctx.addIssue({ code: 'custom', message: 'not a date (YYYY-MM-DD or an ISO date-time)' });
        return instant;
      })
      .optional(),
    /** SCENARIO and INNOVATION: the roadmap technologies (ids from the industries’ roadmap.yaml) wanted. */
    wantedTechnologyIds: z
      .array(z.string().min(1).max(80))
      .max(MAX_WANTED_TECHNOLOGIES, `at most ${MAX_WANTED_TECHNOLOGIES} technologies`)
      .default([]),
    offering: z.enum(SCENARIO_OFFERINGS).nullish(),
    /** Where the scenario is: the line, road, airspace or site, in words ("金山工业区 B 地块 3 号车间"). */
    pilotSite: optionalText(200),
    /** From when the scenario is open (YYYY-MM-DD). */
    availableFrom: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (YYYY-MM-DD)')
      .refine((v) => !Number.isNaN(Date.parse(v)), 'not a date (YYYY-MM-DD)')
      .nullish(),
    durationMonths: z.number().int('must be whole months').min(1, 'at least 1 month').max(120).nullish(),
    /** What the poster offers the pilot: free use, data, co-funding, an order on success… */
    support: optionalText(500),
    /** INNOVATION: the technology problem to solve. */
    problem: optionalText(2000),
    /** INNOVATION: the technology readiness level the result should reach (1–9). */
    targetTrl: z.number().int('must be a whole level').min(1, 'TRL is 1 to 9').max(9, 'TRL is 1 to 9').nullish(),
    collaborationForm: z.enum(COLLABORATION_FORMS).nullish(),
  })
  .superRefine((row, ctx) => {
    for (const problem of kindFieldProblems(row)) ctx.addIssue({ code: 'custom', ...problem });
  });

type KindFields = {
  kind: DemandKind;
  wantedTechnologyIds: readonly string[];
} & Partial<Record<(typeof KIND_FIELDS)[DemandKind][number], unknown>>;

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Each kind's own fields: the required ones present, the other kinds' ones empty; one message per field. */
export function kindFieldProblems(row: KindFields): Array<{ path: string[]; message: string }> {
  const problems: Array<{ path: string[]; message: string }> = [];
  for (const field of REQUIRED_FIELDS[row.kind])
    if (isEmpty(row[field as keyof KindFields]))
      problems.push({ path: [field], message: `required for ${row.kind} demands` });
  if (row.kind !== 'ORDER' && row.wantedTechnologyIds.length === 0)
    problems.push({ path: ['wantedTechnologyIds'], message: `name at least one technology for ${row.kind} demands` });
  if (row.kind === 'ORDER' && row.wantedTechnologyIds.length > 0)
    problems.push({ path: ['wantedTechnologyIds'], message: 'only SCENARIO and INNOVATION demands name technologies' });
  for (const kind of DEMAND_KINDS) {
    if (kind === row.kind) continue;
    for (const field of KIND_FIELDS[kind])
      if (!isEmpty(row[field as keyof KindFields]))
        problems.push({ path: [field], message: `belongs to ${kind} demands, not ${row.kind}` });
  }
  return problems;
}

/**
 * A deadline as an ISO instant (UTC, `toISOString`), so the graph compares instants, never strings
 * ("2026-7-1" > "2026-12-31" as text). A bare date means the end of that day in Shanghai (UTC+8).
 */
export function deadlineInstant(text: string): string | null {
  const trimmed = text.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed))
    return null;
  const ms = Date.parse(dateOnly ? `${trimmed}T23:59:59.999+08:00` : trimmed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export type DemandRow = z.output<typeof demandRowSchema>;

/** Where a demand may go next: forward through the deal, or back one step; CLOSED is final, EXPIRED may reopen. */
export const DEMAND_TRANSITIONS: Record<DemandStatus, readonly DemandStatus[]> = {
  OPEN: ['SHORTLISTED', 'CONTACTED', 'CLOSED', 'EXPIRED'],
  SHORTLISTED: ['OPEN', 'CONTACTED', 'CONTRACTED', 'CLOSED', 'EXPIRED'],
  CONTACTED: ['SHORTLISTED', 'CONTRACTED', 'CLOSED', 'EXPIRED'],
  CONTRACTED: ['CLOSED'],
  CLOSED: [],
  EXPIRED: ['OPEN', 'CLOSED'],
};

/** Why a status change is not allowed, or undefined when it is. */
export function statusChangeProblem(from: DemandStatus, to: DemandStatus): Refusal | undefined {
  if (from === to) return undefined;
  return DEMAND_TRANSITIONS[from].includes(to)
    ? undefined
    : refusal('DEMAND_MOVE_REFUSED', `a ${from} demand cannot become ${to}`, { from, to });
}

/** Whether firms may still answer a demand: open or shortlisted, and not past its deadline. */
export function acceptsInterest(demand: { status: DemandStatus; expiresAt?: string | null }, now: Date): boolean {
  const live = demand.status === 'OPEN' || demand.status === 'SHORTLISTED';
  if (!live) return false;
  if (!demand.expiresAt) return true;
  // Compared as instants; a deadline that is not a date counts as passed rather than open for ever.
  const deadline = Date.parse(demand.expiresAt);
  return !Number.isNaN(deadline) && deadline > now.getTime();
}
