import { type FormEvent, useState } from 'react';
import { ADD_MEETING } from '../../api/eventDocuments';
import type { EventDetail, EventRole } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useT } from '../../i18n';
import { clock } from './clock';
import { FormError } from './FormError';

/** An officer adds one meeting by hand; the server checks double booking, limits and a positive score. */
export function AddMeetingForm({ event }: { event: EventDetail }) {
  const t = useT();
  const [buyerId, setBuyerId] = useState('');
  const [supplierId, setSupplierId] = useState('');
  const [slot, setSlot] = useState(event.slots[0] ? String(event.slots[0].index) : '');
  const [add, state] = useMutation(ADD_MEETING);
  const firms = (role: EventRole) => event.registrations.filter((r) => r.role === role);
  const ready = buyerId && supplierId && slot !== '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    if (await add({ eventId: event.id, buyerId, supplierId, slot: Number(slot) })) {
      setBuyerId('');
      setSupplierId('');
    }
  };
  const picker = (role: EventRole, value: string, set: (v: string) => void) => (
    <label className="field grow">
      <span>{t.dyn('eventRole', role)}</span>
      <select name={role.toLowerCase()} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('addMeeting.choose')}</option>
        {firms(role).map((r) => (
          <option key={r.company.id} value={r.company.id}>
            {t.named(r.company)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="panel no-print" data-testid="add-meeting" onSubmit={submit}>
      <h2>{t('addMeeting.title')}</h2>
      <p className="muted small">{t('addMeeting.hint')}</p>
      <div className="field-row">
        {picker('BUYER', buyerId, setBuyerId)}
        {picker('SUPPLIER', supplierId, setSupplierId)}
        <label className="field">
          <span>{t('schedule.slot')}</span>
          <select name="slot" value={slot} onChange={(e) => setSlot(e.target.value)}>
            {event.slots.map((s) => (
              <option key={s.index} value={s.index}>
                {clock(s.startsAt)}–{clock(s.endsAt)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormError error={state.error} />
      <button type="submit" className="primary" disabled={!ready || state.pending}>
        {state.pending ? t('state.working') : t('addMeeting.submit')}
      </button>
    </form>
  );
}
