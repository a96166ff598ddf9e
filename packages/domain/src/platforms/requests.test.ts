import { describe, expect, it } from 'vitest';
import type { Principal, Role } from '../auth/roles';
import {
  MAX_REQUEST_NOTE,
  mayAnswerServiceRequest,
  mayRequestService,
  requestNoteProblem,
  serviceRequestStatusProblem,
} from './requests';

const user = (role: Role, companyId: string | null): Principal => ({ id: 'u', username: 'u', role, companyId });

describe('mayRequestService', () => {
  // [role, own company, allowed as own, allowed for another firm] written out by hand.
  const cases: Array<[Role, string | null, boolean, boolean]> = [
    ['SME', 'c1', true, false],
    ['CHAIN_LEADER', 'c1', true, false],
    ['ADMIN', null, true, true],
    ['PROMOTION_OFFICER', null, false, false],
    ['ANALYST', null, false, false],
  ];
  it.each(cases)('%s', (role, companyId, own, other) => {
    expect(mayRequestService(user(role, companyId), 'c1').allowed).toBe(own);
    expect(mayRequestService(user(role, companyId), 'c2').allowed).toBe(other);
  });
});

describe('requestNoteProblem', () => {
  it('refuses an empty or blank note and one over the limit', () => {
    expect(requestNoteProblem('   ')?.message).toMatch(/note/);
    expect(requestNoteProblem('x'.repeat(MAX_REQUEST_NOTE + 1))?.message).toMatch(/at most/);
  });
  it('accepts a note at the limit', () => expect(requestNoteProblem('x'.repeat(MAX_REQUEST_NOTE))).toBeNull());
});

describe('answering a request', () => {
  it.each([
    ['PROMOTION_OFFICER', true],
    ['ADMIN', true],
    ['ANALYST', false],
    ['SME', false],
    ['CHAIN_LEADER', false],
  ] as Array<[Role, boolean]>)('%s may answer: %s', (role, allowed) => {
    expect(mayAnswerServiceRequest(user(role, role === 'SME' ? 'c1' : null)).allowed).toBe(allowed);
  });

  it('moves OPEN to ANSWERED or CLOSED, ANSWERED to CLOSED, and never back', () => {
    expect(serviceRequestStatusProblem('OPEN', 'ANSWERED')).toBeNull();
    expect(serviceRequestStatusProblem('OPEN', 'CLOSED')).toBeNull();
    expect(serviceRequestStatusProblem('ANSWERED', 'CLOSED')).toBeNull();
    expect(serviceRequestStatusProblem('ANSWERED', 'OPEN')?.message).toMatch(/cannot become OPEN/);
    expect(serviceRequestStatusProblem('CLOSED', 'ANSWERED')?.message).toMatch(/cannot/);
    expect(serviceRequestStatusProblem('OPEN', 'OPEN')?.message).toMatch(/cannot/);
  });
});
