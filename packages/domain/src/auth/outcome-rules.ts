import type { OutcomeStep } from '../enterprise/interest-outcome';
import { refusal } from '../refusals';
import { type Decision, denied, type Principal } from './roles';

/** The steps only the demand's poster (or an admin) records: they raise the interested firm's track record. */
export const POSTER_ONLY_STEPS: readonly OutcomeStep[] = ['CONTRACTED', 'DELIVERED'];

/**
 * Who records what became of an interest: the two parties to the deal — the demand's poster and the interested
 * firm — and admins. The poster records any step; the interested firm CONTACTED, QUOTED and LOST, never CONTRACTED
 * or DELIVERED, which would let a supplier raise its own `trackRecord`. Promotion officers and analysts read
 * outcomes but do not write them: an outcome is a statement by a party, not an estimate.
 */
export function mayRecordOutcome(
  user: Principal,
  posterCompanyId: string,
  interestedCompanyId: string,
  step: OutcomeStep,
): Decision {
  if (user.role === 'ADMIN') return { allowed: true };
  if (user.companyId === null) return NOT_A_PARTY;
  if (user.companyId === posterCompanyId) return { allowed: true };
  if (user.companyId !== interestedCompanyId) return NOT_A_PARTY;
  return POSTER_ONLY_STEPS.includes(step)
    ? denied(
        refusal(
          'OUTCOME_POSTER_ONLY_STEP',
          `only the demand’s poster records ${step}: a firm does not confirm its own deal`,
          { step },
        ),
      )
    : { allowed: true };
}

const NOT_A_PARTY: Decision = denied(
  refusal('OUTCOME_NOT_A_PARTY', 'only the demand’s poster and the interested firm record its outcome'),
);
