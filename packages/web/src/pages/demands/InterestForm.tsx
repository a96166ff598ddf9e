import { useState } from 'react';
import { EXPRESS_INTEREST } from '../../api/demandDocuments';
import { errorText } from '../../api/errorText';
import type { Demand } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useT } from '../../i18n';

/** A firm tells the poster it can supply, with an optional note. */
export function InterestForm({ demand }: { demand: Demand }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const [express, state] = useMutation(EXPRESS_INTEREST);
  const open = demand.status === 'OPEN' || demand.status === 'SHORTLISTED';
  if (done)
    return (
      <p className="notice success" role="status">
        {t('interest.done')}
      </p>
    );
  if (!open) return <p className="muted small">{t('interest.closed')}</p>;
  return (
    <form
      className="panel-inset"
      onSubmit={async (event) => {
        event.preventDefault();
        if (note.length > 500) return;
        if (await express({ demandId: demand.id, note: note.trim() || null })) setDone(true);
      }}
    >
      <label className="field">
        <span>{t('interest.note')}</span>
        <textarea rows={2} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
      {state.error && (
        <p className="form-error" role="alert">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </p>
      )}
      <button type="submit" className="primary" data-testid="express-interest" disabled={state.pending}>
        {state.pending ? t('state.working') : t('interest.submit')}
      </button>
    </form>
  );
}
