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
