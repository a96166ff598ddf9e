import { type FormEvent, type ReactNode, useState } from 'react';
import { CREATE_EVENT } from '../../api/eventDocuments';
import { EVENT_KINDS, type EventKind, type EventSummary } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { IndustryOptions } from '../../components/IndustrySelect';
import { type MessageKey, useT } from '../../i18n';
import { FormError } from './FormError';
import { shanghaiToday } from './schedule';
import { EMPTY_EVENT, type EventDraft, type EventDraftErrors, validateEvent } from './validateEvent';

/** An officer creates an event: kind, industry, title, date, venue and the meeting slots. */
export function CreateEventForm({ onCreated, onCancel }: { onCreated(event: EventSummary): void; onCancel(): void }) {
  const t = useT();
  const [draft, setDraft] = useState<EventDraft>(EMPTY_EVENT);
  const [errors, setErrors] = useState<EventDraftErrors>({});
  const [create, state] = useMutation(CREATE_EVENT);

  const update = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    setDraft({ ...draft, [key]: value });
    if (errors[key]) setErrors({ ...errors, [key]: undefined });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateEvent(draft, shanghaiToday());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const data = await create({ input: result.input });
    if (data) onCreated(data.createEvent);
  };
  const field = (key: keyof EventDraft, label: MessageKey, input: ReactNode, grow = false) => (
    <label className={grow ? 'field grow' : 'field'} htmlFor={`event-${key}`}>
      <span>{t(label)}</span>
      {input}
      {errors[key] && (
        <span className="field-error" id={`event-${key}-error`}>
          {t(errors[key] as MessageKey)}
        </span>
      )}
    </label>
  );
  const text = (key: keyof EventDraft, type = 'text', extra: Record<string, string> = {}) => (
    <input
      id={`event-${key}`}
      name={key}
      type={type}
      value={draft[key]}
      aria-invalid={Boolean(errors[key])}
      aria-describedby={errors[key] ? `event-${key}-error` : undefined}
      onChange={(e) => update(key, e.target.value)}
      {...extra}
    />
  );

  return (
    <form className="panel event-form" data-testid="event-form" onSubmit={submit} noValidate>
      <h2>{t('eventForm.title')}</h2>
      <div className="field-row">
        {field(
          'kind',
          'eventForm.kind',
          <select
            id="event-kind"
            name="kind"
            value={draft.kind}
            onChange={(e) => update('kind', e.target.value as EventKind)}
          >
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.dyn('eventKind', k)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'industryId',
          'industry.label',
          <select
            id="event-industryId"
            name="industryId"
            value={draft.industryId}
            onChange={(e) => update('industryId', e.target.value)}
          >
            <IndustryOptions />
          </select>,
        )}
        {field('title', 'eventForm.name', text('title'), true)}
      </div>
      <div className="field-row">
        {field('date', 'eventForm.date', text('date', 'date'))}
        {field('venue', 'eventForm.venue', text('venue'), true)}
      </div>
      <div className="field-row">
        {field('startTime', 'eventForm.startTime', text('startTime', 'time'))}
        {field('slotCount', 'eventForm.slotCount', text('slotCount', 'text', { inputMode: 'numeric' }))}
        {field('meetingMinutes', 'eventForm.meetingMinutes', text('meetingMinutes', 'text', { inputMode: 'numeric' }))}
        {field(
          'maxMeetingsPerFirm',
          'eventForm.maxMeetingsPerFirm',
          text('maxMeetingsPerFirm', 'text', { inputMode: 'numeric' }),
        )}
      </div>
      <FormError error={state.error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={state.pending}>
          {state.pending ? t('state.working') : t('eventForm.submit')}
        </button>
      </div>
    </form>
  );
}
