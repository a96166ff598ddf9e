import { useState } from 'react';
import { errorText } from '../../api/errorText';
import { REQUEST_SERVICE } from '../../api/platformDocuments';
import { useMutation } from '../../api/useMutation';
import { useT } from '../../i18n';

const MAX_NOTE = 500;

/** A firm asks a platform for a service; the note says what (the office cannot act on an empty request). */
export function ServiceRequestForm({ platformId }: { platformId: string }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const [request, state] = useMutation(REQUEST_SERVICE);
  if (done)
    return (
      <p className="notice success" role="status" data-testid="service-request-done">
        {t('platforms.requestDone')}
      </p>
    );
  return (
    <form
      className="panel-inset"
      data-testid="service-request-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const text = note.trim();
        setMissing(!text);
        if (!text || text.length > MAX_NOTE) return;
        if (await request({ platformId, note: text })) setDone(true);
      }}
    >
      <label className="field">
        <span>{t('platforms.requestNote')}</span>
        <textarea name="note" rows={2} value={note} maxLength={MAX_NOTE} onChange={(e) => setNote(e.target.value)} />
      </label>
      {missing && <p className="field-error">{t('platforms.requestNoteMissing')}</p>}
      {state.error && (
        <p className="form-error" role="alert">
          {t.dyn('error', state.error.code)}: {errorText(t, state.error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={state.pending}>
        {state.pending ? t('state.working') : t('platforms.requestSubmit')}
      </button>
    </form>
  );
}
