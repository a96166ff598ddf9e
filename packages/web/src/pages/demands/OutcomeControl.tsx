import { LOST_REASONS, type LostReason, mayRecordOutcome, OUTCOME_TRANSITIONS, type OutcomeStep } from '@atlas/domain';
import { useState } from 'react';
import { errorText } from '../../api/errorText';
import { DEMAND_INTERESTS, RECORD_INTEREST_OUTCOME } from '../../api/outcomeDocuments';
import type { Demand, DemandInterestWithOutcome } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { Figure } from '../../components/Figure';
import { useT } from '../../i18n';
import { dateOnly, decimal } from '../../i18n/format';

/**
 * The interests in a demand the viewer may see (the poster all, a firm its own), each with where its deal is; the
 * parties move it on: contacted → quoted → contracted (value, date) → delivered (date), or lost (reason).
 */
export function OutcomeControl({ demand }: { demand: Demand }) {
  const t = useT();
  const { user } = useAuth();
  const state = useQuery(DEMAND_INTERESTS, { posterId: demand.poster.id });
  if (state.status !== 'ok') return null;
  const interests = state.data.demands.nodes.find((d) => d.id === demand.id)?.interests ?? [];
  // The steps the viewer may record (the interested firm never confirms its own contract or delivery).
  const stepsFor = (interest: DemandInterestWithOutcome) =>
    user
      ? OUTCOME_TRANSITIONS[interest.outcome].filter(
          (step) => mayRecordOutcome(user, demand.poster.id, interest.company.id, step).allowed,
        )
      : [];
  return (
    <section className="panel-inset" data-testid="demand-interests">
      <h3>{t('outcome.title')}</h3>
      {interests.length === 0 && <p className="muted small">{t('outcome.none')}</p>}
      <ul className="plain-list">
        {interests.map((interest) => (
          <InterestRow key={interest.company.id} demandId={demand.id} interest={interest} next={stepsFor(interest)} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One interest with its facts and, when the viewer may move it, the next-step form. The recording lives here, not in
 * the form: a refused move (the deal was closed meanwhile) refreshes the interest, which may leave no step to offer
 * and so no form — the refusal must stay readable beside the step it was refused at.
 */
function InterestRow({
  demandId,
  interest,
  next,
}: {
  demandId: string;
  interest: DemandInterestWithOutcome;
  next: readonly OutcomeStep[];
}) {
  const t = useT();
  const [record, state] = useMutation(RECORD_INTEREST_OUTCOME);
  return (
    <li data-testid="interest" data-company={interest.company.id}>
      <strong>{t.named(interest.company)}</strong>{' '}
      <span className={`pill pill-${interest.outcome.toLowerCase()}`} data-testid="interest-step">
        {t.dyn('outcomeStep', interest.outcome)}
      </span>
      <OutcomeFacts interest={interest} />
      {interest.note && <p className="muted small">{interest.note}</p>}
      {next.length > 0 && (
        <StepForm
          key={interest.outcome}
          next={next}
          pending={state.pending}
          onRecord={(move) => void record({ demandId, companyId: interest.company.id, ...move })}
        />
      )}
      {state.error && (
        <p className="form-error" role="alert" data-testid="outcome-refusal">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </p>
      )}
    </li>
  );
}

function OutcomeFacts({ interest }: { interest: DemandInterestWithOutcome }) {
  const t = useT();
  return (
    <span className="muted small">
      {interest.contractedAt && (
        <>
          {' · '}
          <Figure value={interest.contractValue}>
            {t('outcome.contract', {
              value: decimal(interest.contractValue, t.locale, 0),
              date: dateOnly(interest.contractedAt, t.locale),
            })}
          </Figure>
        </>
      )}
      {interest.deliveredAt && ` · ${t('outcome.delivered', { date: dateOnly(interest.deliveredAt, t.locale) })}`}
      {interest.lostReason && ` · ${t('outcome.lost', { reason: t.dyn('lostReason', interest.lostReason) })}`}
    </span>
  );
}

/** The next step, with what it needs: a contract its value and date, a delivery its date, a loss its reason. */
function StepForm({
  next,
  pending,
  onRecord,
}: {
  next: readonly OutcomeStep[];
  pending: boolean;
  onRecord(move: {
    step: OutcomeStep;
    contractValue: number | null;
    date: string | null;
    reason: LostReason | null;
    note: string | null;
  }): void;
}) {
  const t = useT();
  const [step, setStep] = useState<OutcomeStep>(next[0] ?? 'LOST');
  const [value, setValue] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState<LostReason>('PRICE');
  const [note, setNote] = useState('');
  return (
    <form
      className="inline-form"
      data-testid="outcome-form"
      onSubmit={(event) => {
        event.preventDefault();
        onRecord({
          step,
          contractValue: step === 'CONTRACTED' ? Number(value) : null,
          date: step === 'CONTRACTED' || step === 'DELIVERED' ? date : null,
          reason: step === 'LOST' ? reason : null,
          note: note.trim() || null,
        });
      }}
    >
      <label className="field-inline">
        <span>{t('outcome.moveTo')}</span>
        <select data-testid="outcome-step" value={step} onChange={(e) => setStep(e.target.value as OutcomeStep)}>
          {next.map((s) => (
            <option key={s} value={s}>
              {t.dyn('outcomeStep', s)}
            </option>
          ))}
        </select>
      </label>
      {step === 'CONTRACTED' && (
        <label className="field-inline">
          <span>{t('outcome.value')}</span>
          <input
            name="contractValue"
            type="number"
            min="0"
            step="any"
            required
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
      )}
      {(step === 'CONTRACTED' || step === 'DELIVERED') && (
        <label className="field-inline">
          <span>{t('outcome.date')}</span>
          <input name="date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      )}
      {step === 'LOST' && (
        <label className="field-inline">
          <span>{t('outcome.reason')}</span>
          <select name="reason" value={reason} onChange={(e) => setReason(e.target.value as LostReason)}>
            {LOST_REASONS.map((r) => (
              <option key={r} value={r}>
                {t.dyn('lostReason', r)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field-inline">
        <span>{t('outcome.note')}</span>
        <input name="note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? t('state.working') : t('outcome.record')}
      </button>
    </form>
  );
}
