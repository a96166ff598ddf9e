import type { EventDetail } from '../../api/types';
import { useT } from '../../i18n';
import { dateOnly, decimal } from '../../i18n/format';
import { clock } from './clock';

/** The event's header: kind, status, industry, date, venue, the meeting day's shape. */
export function EventFacts({ event }: { event: EventDetail }) {
  const t = useT();
  const first = event.slots[0];
  const last = event.slots[event.slots.length - 1];
  return (
    <header className="panel event-head">
      <div className="event-row-head">
        <span className={`pill pill-kind-${event.kind.toLowerCase()}`}>{t.dyn('eventKind', event.kind)}</span>
        <h1>{event.title}</h1>
        <span className={`pill pill-event-${event.status.toLowerCase()}`} data-testid="event-status">
          {t.dyn('eventStatus', event.status)}
        </span>
        {event.synthetic && <span className="pill">{t('events.synthetic')}</span>}
      </div>
      <dl className="facts event-facts">
        <dt>{t('industry.label')}</dt>
        <dd>{t.named(event.industry)}</dd>
        <dt>{t('eventForm.date')}</dt>
        <dd>{dateOnly(event.date, t.locale)}</dd>
        <dt>{t('eventForm.venue')}</dt>
        <dd>{event.venue}</dd>
        <dt>{t('event.time')}</dt>
        <dd>
          {first && last
            ? t('event.timeValue', {
                from: clock(first.startsAt),
                to: clock(last.endsAt),
                n: event.slots.length,
                minutes: event.meetingMinutes,
              })
            : '—'}
        </dd>
        <dt>{t('eventForm.maxMeetingsPerFirm')}</dt>
        <dd>{event.maxMeetingsPerFirm}</dd>
        <dt>{t('event.registrations')}</dt>
        <dd>{t('events.registered', { n: event.registeredCount })}</dd>
        <dt>{t('event.totalScore')}</dt>
        <dd>{event.meetings.length ? decimal(event.totalScore, t.locale, 2) : '—'}</dd>
      </dl>
    </header>
  );
}
