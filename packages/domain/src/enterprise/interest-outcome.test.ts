import { describe, expect, it } from 'vitest';
import { mayRecordOutcome } from '../auth/outcome-rules';
import {
  furthestStep,
  OUTCOME_STEPS,
  OUTCOME_TRANSITIONS,
  outcomeChangeProblem,
  outcomeInputProblems,
  parseHistory,
} from './interest-outcome';

describe('outcome transitions', () => {
  it('moves forward through the deal, may skip the quote, and loses from any open step', () => {
    expect(outcomeChangeProblem('INTERESTED', 'CONTACTED')).toBeUndefined();
    expect(outcomeChangeProblem('CONTACTED', 'QUOTED')).toBeUndefined();
    expect(outcomeChangeProblem('CONTACTED', 'CONTRACTED')).toBeUndefined();
    expect(outcomeChangeProblem('QUOTED', 'CONTRACTED')).toBeUndefined();
    expect(outcomeChangeProblem('CONTRACTED', 'DELIVERED')).toBeUndefined();
    for (const open of ['INTERESTED', 'CONTACTED', 'QUOTED', 'CONTRACTED'] as const)
      expect(outcomeChangeProblem(open, 'LOST')).toBeUndefined();
  });

  it('refuses going back, skipping the contract, leaving a final step or repeating one', () => {
    expect(outcomeChangeProblem('QUOTED', 'CONTACTED')?.message).toBe('an interest at QUOTED cannot move to CONTACTED');
    expect(outcomeChangeProblem('INTERESTED', 'CONTRACTED')).toBeDefined();
    expect(outcomeChangeProblem('QUOTED', 'DELIVERED')).toBeDefined();
    expect(outcomeChangeProblem('CONTRACTED', 'CONTRACTED')?.message).toBe('the interest is already CONTRACTED');
    for (const to of OUTCOME_STEPS) {
      expect(outcomeChangeProblem('DELIVERED', to)).toBeDefined();
      expect(outcomeChangeProblem('LOST', to)).toBeDefined();
    }
    expect(OUTCOME_TRANSITIONS.DELIVERED).toEqual([]);
  });
});

describe('outcome input', () => {
  it('accepts each step with exactly what it needs', () => {
    expect(outcomeInputProblems({ step: 'CONTACTED' })).toEqual([]);
    expect(outcomeInputProblems({ step: 'QUOTED', note: '报价 120 万元' })).toEqual([]);
    expect(outcomeInputProblems({ step: 'CONTRACTED', contractValue: 120, date: '2026-12-01' })).toEqual([]);
    expect(outcomeInputProblems({ step: 'DELIVERED', date: '2027-03-01' })).toEqual([]);
    expect(outcomeInputProblems({ step: 'LOST', reason: 'PRICE', note: '对方报价更低' })).toEqual([]);
  });

  it('names the field that is missing, misplaced or malformed', () => {
    expect(outcomeInputProblems({ step: 'CONTRACTED', date: '2026-12-01' })).toEqual([
      'contractValue: a contract needs its value (万元)',
    ]);
    expect(outcomeInputProblems({ step: 'CONTRACTED', contractValue: -5, date: '2026-12-01' })).toEqual([
      'contractValue: must be positive',
    ]);
    expect(outcomeInputProblems({ step: 'CONTRACTED', contractValue: 5, date: '2026-13-45' })).toEqual([
      'date: must be a date YYYY-MM-DD',
    ]);
    expect(outcomeInputProblems({ step: 'DELIVERED' })).toEqual(['date: a delivery needs its date']);
    expect(outcomeInputProblems({ step: 'LOST' })[0]).toMatch(/^reason: a lost deal needs its reason/);
    expect(outcomeInputProblems({ step: 'LOST', reason: 'WEATHER' })[0]).toMatch(/^reason:/);
    expect(outcomeInputProblems({ step: 'QUOTED', contractValue: 3 })).toEqual([
      'contractValue: only a contract carries a value',
    ]);
    expect(outcomeInputProblems({ step: 'CONTACTED', reason: 'PRICE' })).toEqual([
      'reason: only a lost deal carries a reason',
    ]);
    expect(outcomeInputProblems({ step: 'INTERESTED' })[0]).toMatch(/^step:/);
    expect(outcomeInputProblems({ step: 'QUOTED', note: 'x'.repeat(501) })).toEqual([
      'note: is at most 500 characters',
    ]);
  });
});

describe('history', () => {
  it('reads the furthest funnel step, keeping the steps a lost deal passed', () => {
    expect(furthestStep([])).toBe('INTERESTED');
    const at = '2026-12-01T00:00:00Z';
    const h = (...steps: Array<(typeof OUTCOME_STEPS)[number]>) => steps.map((step) => ({ step, at, by: 'u' }));
    expect(furthestStep(h('CONTACTED', 'QUOTED', 'LOST'))).toBe('QUOTED');
    expect(furthestStep(h('CONTACTED', 'CONTRACTED', 'DELIVERED'))).toBe('DELIVERED');
  });

  it('parses the stored JSON and ignores what is not a history', () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory('not json')).toEqual([]);
    expect(parseHistory('{"step":"LOST"}')).toEqual([]);
    expect(parseHistory('[{"step":"CONTACTED","at":"t","by":"u"},{"step":"NOPE"}]')).toEqual([
      { step: 'CONTACTED', at: 't', by: 'u' },
    ]);
  });
});

describe('who records an outcome', () => {
  const user = (
    role: 'ADMIN' | 'PROMOTION_OFFICER' | 'CHAIN_LEADER' | 'SME' | 'ANALYST',
    companyId: string | null,
  ) => ({
    id: 'u',
    username: 'u',
    role,
    companyId,
  });
  it('the poster, the interested firm and admins; nobody else', () => {
    expect(mayRecordOutcome(user('CHAIN_LEADER', 'P'), 'P', 'F', 'CONTACTED').allowed).toBe(true);
    expect(mayRecordOutcome(user('SME', 'F'), 'P', 'F', 'CONTACTED').allowed).toBe(true);
    expect(mayRecordOutcome(user('ADMIN', null), 'P', 'F', 'CONTACTED').allowed).toBe(true);
    expect(mayRecordOutcome(user('SME', 'X'), 'P', 'F', 'CONTACTED').allowed).toBe(false);
    expect(mayRecordOutcome(user('PROMOTION_OFFICER', null), 'P', 'F', 'CONTACTED').allowed).toBe(false);
    expect(mayRecordOutcome(user('ANALYST', null), 'P', 'F', 'CONTACTED').allowed).toBe(false);
  });

  it('CONTRACTED and DELIVERED only by the poster or an admin; the interested firm records the rest', () => {
    for (const step of ['CONTRACTED', 'DELIVERED'] as const) {
      expect(mayRecordOutcome(user('SME', 'F'), 'P', 'F', step)).toMatchObject({ allowed: false });
      expect(mayRecordOutcome(user('CHAIN_LEADER', 'P'), 'P', 'F', step).allowed).toBe(true);
      expect(mayRecordOutcome(user('ADMIN', null), 'P', 'F', step).allowed).toBe(true);
    }
    for (const step of ['CONTACTED', 'QUOTED', 'LOST'] as const) {
      expect(mayRecordOutcome(user('SME', 'F'), 'P', 'F', step).allowed).toBe(true);
      expect(mayRecordOutcome(user('CHAIN_LEADER', 'P'), 'P', 'F', step).allowed).toBe(true);
    }
  });
});
