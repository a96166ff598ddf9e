import { z } from 'zod';
import { type Refusal, refusal } from '../refusals';

/**
 * What became of a firm's interest in a demand (docs/outcomes.md): the deal moves INTERESTED → CONTACTED → QUOTED →
 * CONTRACTED (value in 万元, date) → DELIVERED (date), or ends LOST (with a reason) from any open step. Stored on the
 * INTERESTED edge; the matchmaking KPIs and the supplier-match `trackRecord` factor read it.
 */
export const OUTCOME_STEPS = ['INTERESTED', 'CONTACTED', 'QUOTED', 'CONTRACTED', 'DELIVERED', 'LOST'] as const;
export type OutcomeStep = (typeof OUTCOME_STEPS)[number];

/** The deal's steps in order (LOST is an end, not a step forward): the funnel the KPIs count. */
export const FUNNEL_STEPS = ['INTERESTED', 'CONTACTED', 'QUOTED', 'CONTRACTED', 'DELIVERED'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const LOST_REASONS = ['PRICE', 'QUALITY', 'CAPACITY', 'TIMING', 'OTHER'] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/**
 * Where an interest may go next. Forward one step, or CONTACTED straight to CONTRACTED (many contracts skip a
 * formal quote); LOST from every open step, a signed contract included (it can still fall through before
 * delivery). DELIVERED and LOST are final: a new deal is a new interest.
 */
export const OUTCOME_TRANSITIONS: Record<OutcomeStep, readonly OutcomeStep[]> = {
  INTERESTED: ['CONTACTED', 'LOST'],
  CONTACTED: ['QUOTED', 'CONTRACTED', 'LOST'],
  QUOTED: ['CONTRACTED', 'LOST'],
  CONTRACTED: ['DELIVERED', 'LOST'],
  DELIVERED: [],
  LOST: [],
};

/** Why an interest may not move from `from` to `to`, or undefined when it may. */
export function outcomeChangeProblem(from: OutcomeStep, to: OutcomeStep): Refusal | undefined {
  if (from === to) return refusal('OUTCOME_ALREADY_AT', `the interest is already ${from}`, { step: from });
  return OUTCOME_TRANSITIONS[from].includes(to)
    ? undefined
    : refusal('OUTCOME_MOVE_REFUSED', `an interest at ${from} cannot move to ${to}`, { from, to });
}

/** A step as recorded in the edge's history (JSON list on the edge): which step, when, by which user. */
export interface OutcomeHistoryEntry {
  step: OutcomeStep;
  at: string;
  by: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (v: string) => DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/**
 * One recorded step: a contract needs its value (万元, > 0) and date, a delivery its date, a loss its reason;
 * nothing else is accepted with a step that does not use it, so a typo cannot pass silently.
 */
export const outcomeInputSchema = z
  .strictObject({
    step: z.enum(OUTCOME_STEPS),
    contractValue: z.number().positive('must be positive').max(1e9, 'is implausibly large').nullish(),
    date: z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD').nullish(),
    reason: z.enum(LOST_REASONS).nullish(),
    note: z.string().max(500, 'is at most 500 characters').nullish(),
  })
  .superRefine((input, ctx) => {
    const need = (field: 'contractValue' | 'date' | 'reason', why: string) => {
      if (input[field] === null || input[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
    const refuse = (field: 'contractValue' | 'date' | 'reason', why: string) => {
      if (input[field] !== null && input[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: why });
    };
    if (input.step === 'INTERESTED')
      ctx.addIssue({
        code: 'custom',
        path: ['step'],
        message: 'an interest starts at INTERESTED; record a later step',
      });
    if (input.step === 'CONTRACTED') {
      need('contractValue', 'a contract needs its value (万元)');
      need('date', 'a contract needs its date');
    } else refuse('contractValue', 'only a contract carries a value');
    if (input.step === 'DELIVERED') need('date', 'a delivery needs its date');
    else if (input.step !== 'CONTRACTED') refuse('date', 'only a contract or a delivery carries a date');
    if (input.step === 'LOST') need('reason', `a lost deal needs its reason (${LOST_REASONS.join(', ')})`);
    else refuse('reason', 'only a lost deal carries a reason');
  });

export type OutcomeInput = z.output<typeof outcomeInputSchema>;

/** The problems of an input as one line each ("contractValue: a contract needs its value (万元)"). */
export function outcomeInputProblems(input: unknown): string[] {
  const parsed = outcomeInputSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
}

/** The furthest funnel step an interest's history reached (a lost deal keeps the steps it passed). */
export function furthestStep(history: readonly { step: OutcomeStep }[]): FunnelStep {
  let rank = 0;
  for (const { step } of history) {
    const r = FUNNEL_STEPS.indexOf(step as FunnelStep);
    if (r > rank) rank = r;
  }
  return FUNNEL_STEPS[rank] ?? 'INTERESTED';
}

/** Parses the edge's stored history; an edge from before outcomes existed has none and reads as INTERESTED. */
export function parseHistory(json: string | null | undefined): OutcomeHistoryEntry[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed)
      ? parsed.filter(
          (e): e is OutcomeHistoryEntry =>
            typeof e === 'object' && e !== null && OUTCOME_STEPS.includes((e as OutcomeHistoryEntry).step),
        )
      : [];
  } catch {
    return [];
  }
}
