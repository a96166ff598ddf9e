import { useState } from 'react';
import { RECORD_MEETING_OUTCOME } from '../../api/eventDocuments';
import { MEETING_OUTCOMES, type Meeting, type MeetingOutcome } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useT } from '../../i18n';
import { FormError } from './FormError';

/** After the event: what came of a meeting (a party, an officer or an admin records it). */
export function OutcomePicker({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [outcome, setOutcome] = useState<MeetingOutcome>(meeting.outcome);
  const [note, setNote] = useState(meeting.outcomeNote ?? '');
  const [record, state] = useMutation(RECORD_MEETING_OUTCOME);
  const changed = outcome !== meeting.outcome || note !== (meeting.outcomeNote ?? '');
  return (
    <form
      className="outcome-form no-print"
      data-testid="meeting-outcome"
      onSubmit={(event) => {
        event.preventDefault();
        void record({ meetingId: meeting.id, outcome, note: note.trim() || null });
      }}
    >
      <select
        aria-label={t('meeting.outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as MeetingOutcome)}
      >
        {MEETING_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t.dyn('meetingOutcome', o)}
          </option>
        ))}
      </select>
      <input
        aria-label={t('meeting.outcomeNote')}
        placeholder={t('meeting.outcomeNote')}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" disabled={state.pending || !changed}>
        {t('action.save')}
      </button>
      <FormError error={state.error} />
    </form>
  );
}
