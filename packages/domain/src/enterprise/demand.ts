import { z } from 'zod';
import { RADII } from '../radius';

/** Demand lifecycle (DESIGN §3.2). */
export const DEMAND_STATUSES = ['OPEN', 'SHORTLISTED', 'CONTACTED', 'CONTRACTED', 'CLOSED', 'EXPIRED'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const demandRowSchema = z.strictObject({
  id: z.string().min(1).max(64),
  posterId: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'must not be empty').max(120),
  description: z.string().max(2000).default(''),
  segmentId: z.string().min(1).max(80),
  quantity: z.number().positive('must be positive').nullish(),
  unit: z.string().max(20).nullish(),
  budget: z.number().min(0, 'must not be negative').nullish(),
  requiredCerts: z.array(z.string().min(1).max(64)).max(10).default([]),
  radius: z.enum(RADII).default('YRD'),
  status: z.enum(DEMAND_STATUSES).default('OPEN'),
  createdAt: z.string(),
  expiresAt: z.string().nullish(),
});

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
  return live && (!demand.expiresAt || Date.parse(demand.expiresAt) > now.getTime());
}
