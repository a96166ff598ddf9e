import { z } from 'zod';
import { RADII } from '../radius';
import { NAME_FORBIDDEN } from './rows';

/** Demand lifecycle (docs/design.md §3.2). */
export const DEMAND_STATUSES = ['OPEN', 'SHORTLISTED', 'CONTACTED', 'CONTRACTED', 'CLOSED', 'EXPIRED'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const demandRowSchema = z.strictObject({
  id: z.string().min(1).max(64),
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
});

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
export function statusChangeProblem(from: DemandStatus, to: DemandStatus): string | undefined {
  if (from === to) return undefined;
  return DEMAND_TRANSITIONS[from].includes(to) ? undefined : `a ${from} demand cannot become ${to}`;
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
