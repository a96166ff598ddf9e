import { type FormEvent, useState } from 'react';
import { EVENT_SEGMENTS, REGISTER_FOR_EVENT } from '../../api/eventDocuments';
import { EVENT_ROLES, type EventDetail, type EventRegistration, type EventRole } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { FormError } from './FormError';

/** The API takes at most this many segments per registration. */
const MAX_SEGMENTS = 20;

/** A firm registers itself (or updates its registration): buyer or supplier, the segments it needs or offers. */
export function RegistrationForm({ event, current }: { event: EventDetail; current: EventRegistration | null }) {
  const t = useT();
  const { user } = useAuth();
  const [role, setRole] = useState<EventRole>(current?.role ?? (user?.role === 'CHAIN_LEADER' ? 'BUYER' : 'SUPPLIER'));
  const [segmentIds, setSegmentIds] = useState<string[]>(current?.segments.map((s) => s.id) ?? []);
  const [note, setNote] = useState(current?.note ?? '');
  const [maxMeetings, setMaxMeetings] = useState(current?.maxMeetings ? String(current.maxMeetings) : '');
  const [problem, setProblem] = useState<'segments' | 'tooManySegments' | 'maxMeetings' | null>(null);
  const [saved, setSaved] = useState(false);
  const segments = useQuery(EVENT_SEGMENTS, {
    industryId: event.industry.id,
  });
  const [register, state] = useMutation(REGISTER_FOR_EVENT);
  const leaves = segments.status === 'ok' ? segments.data.chainMap.segments.filter((s) => s.leaf) : [];
  const open = event.status === 'OPEN' || event.status === 'SCHEDULED';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const max = maxMeetings.trim() ? Number(maxMeetings) : null;
    // A buyer names what it needs; a supplier's own segments count too, so it may pick none (the API's rule).
    if (role === 'BUYER' && segmentIds.length === 0) return setProblem('segments');
    if (segmentIds.length > MAX_SEGMENTS) return setProblem('tooManySegments');
    if (max !== null && !(Number.isInteger(max) && max >= 1 && max <= event.maxMeetingsPerFirm))
      return setProblem('maxMeetings');
    setProblem(null);
    const input = { role, segmentIds, note: note.trim() || null, maxMeetings: max };
    if (await register({ eventId: event.id, input })) setSaved(true);
  };
  const toggle = (id: string, on: boolean) =>
    setSegmentIds(on ? [...segmentIds, id] : segmentIds.filter((s) => s !== id));

  if (!open)
    return (
      <p className="notice no-print">
        {current ? t('register.registeredAs', { role: t.dyn('eventRole', current.role) }) : t('register.closed')}
      </p>
    );
  return (
    <form className="panel event-register no-print" data-testid="event-register" onSubmit={submit} noValidate>
      <h2>{current ? t('register.update') : t('register.title')}</h2>
      {current && !saved && (
        <p className="muted small">{t('register.registeredAs', { role: t.dyn('eventRole', current.role) })}</p>
      )}
      <fieldset className="field">
        <legend>{t('register.role')}</legend>
        <div className="chips">
          {EVENT_ROLES.map((r) => (
            <label key={r} className="chip check">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {t.dyn('eventRole', r)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t(role === 'BUYER' ? 'register.segmentsNeeded' : 'register.segmentsOffered')}</legend>
        {segments.status === 'loading' && <span className="muted small">{t('state.loading')}</span>}
        <div className="chips event-segments" aria-invalid={problem === 'segments' || problem === 'tooManySegments'}>
          {leaves.map((s) => (
            <label key={s.id} className="chip check">
              <input
                type="checkbox"
                name="segmentIds"
                value={s.id}
                checked={segmentIds.includes(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {t.named(s)}
            </label>
          ))}
        </div>
        {problem === 'segments' && <span className="field-error">{t('register.error.segments')}</span>}
        {problem === 'tooManySegments' && <span className="field-error">{t('register.error.tooManySegments')}</span>}
      </fieldset>
      <label className="field">
        <span>{t('register.maxMeetings', { n: event.maxMeetingsPerFirm })}</span>
        <input
          name="maxMeetings"
          inputMode="numeric"
          value={maxMeetings}
          aria-invalid={problem === 'maxMeetings'}
          onChange={(e) => setMaxMeetings(e.target.value)}
        />
        {problem === 'maxMeetings' && (
          <span className="field-error">{t('register.error.maxMeetings', { n: event.maxMeetingsPerFirm })}</span>
        )}
      </label>
      <label className="field">
        <span>{t('register.note')}</span>
        <textarea name="note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormError error={state.error} />
      {saved && (
        <p className="notice success" role="status">
          {t('register.done')}
        </p>
      )}
      <button type="submit" className="primary" data-testid="register-submit" disabled={state.pending}>
        {state.pending ? t('state.working') : t(current ? 'register.updateSubmit' : 'register.submit')}
      </button>
    </form>
  );
}
