import { describe, expect, it } from 'vitest';
import { mayRecordOutcome } from './auth/outcome-rules';
import { mayExpressInterest, type Principal } from './auth/roles';
import { statusChangeProblem } from './enterprise/demand';
import { outcomeChangeProblem } from './enterprise/interest-outcome';
import { addMeetingProblem, registrationProblem, respondProblem } from './events/meeting-rules';
import { requestNoteProblem, serviceRequestStatusProblem } from './platforms/requests';
import { REFUSALS, type Refusal } from './refusals';

const sme: Principal = { id: 'u', username: 'sme', role: 'SME', companyId: 'S' };
const paramsMatch = (refusal: Refusal | null | undefined) =>
  refusal && Object.keys(refusal.params).sort().join() === Object.keys(REFUSALS[refusal.reason]).sort().join();

describe('refusals carry a machine reason and exactly its declared params', () => {
  it('events', () => {
    expect(registrationProblem('PUBLISHED', '2027-01-01', '2026-01-01')?.reason).toBe('REGISTRATION_CLOSED_PUBLISHED');
    expect(registrationProblem('DONE', '2027-01-01', '2026-01-01')?.reason).toBe('REGISTRATION_CLOSED_DONE');
    const past = registrationProblem('OPEN', '2026-01-01', '2026-01-02');
    expect(past).toMatchObject({ reason: 'REGISTRATION_CLOSED_PAST', params: { date: '2026-01-01' } });
    expect(respondProblem('DONE')?.reason).toBe('EVENT_HELD_RECORD_OUTCOME');
    const taken = addMeetingProblem({
      buyerId: 'B',
      supplierId: 'S',
      slot: 1,
      slotCount: 2,
      meetings: [{ buyerId: 'B', supplierId: 'T', slot: 1 }],
      roles: new Map([
        ['B', 'BUYER'],
        ['S', 'SUPPLIER'],
      ]),
      caps: new Map([
        ['B', 2],
        ['S', 2],
      ]),
      score: 0.5,
      nameOf: (id) => `Firm ${id}`,
    });
    expect(taken).toMatchObject({ reason: 'MEETING_SLOT_TAKEN', params: { firm: 'Firm B', slot: 1 } });
    for (const refusal of [past, taken]) expect(paramsMatch(refusal)).toBe(true);
  });

  it('outcomes, demands and service requests', () => {
    const moves = [
      outcomeChangeProblem('LOST', 'QUOTED'),
      outcomeChangeProblem('QUOTED', 'QUOTED'),
      statusChangeProblem('CLOSED', 'OPEN'),
      serviceRequestStatusProblem('CLOSED', 'OPEN'),
      requestNoteProblem('x'.repeat(5000)),
    ];
    expect(moves.map((m) => m?.reason)).toEqual([
      'OUTCOME_MOVE_REFUSED',
      'OUTCOME_ALREADY_AT',
      'DEMAND_MOVE_REFUSED',
      'SERVICE_REQUEST_MOVE_REFUSED',
      'NOTE_TOO_LONG',
    ]);
    expect(moves[0]?.params).toEqual({ from: 'LOST', to: 'QUOTED' });
    for (const refusal of moves) expect(paramsMatch(refusal)).toBe(true);
  });

  it('denials keep their English reason and add the refusal', () => {
    const own = mayRecordOutcome(sme, 'L', 'S', 'CONTRACTED');
    expect(own).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('poster records CONTRACTED'),
      refusal: { reason: 'OUTCOME_POSTER_ONLY_STEP', params: { step: 'CONTRACTED' } },
    });
    expect(mayExpressInterest(sme, 'X', 'L')).toMatchObject({ refusal: { reason: 'FIRM_INTEREST_AS_ITSELF' } });
  });
});
