import type { EventSummary } from '../../api/types';
import { useT } from '../../i18n';
import { dateOnly } from '../../i18n/format';
import { Link } from '../../router/Link';
import { eventPath } from '../../router/routes';
import { isPast } from './schedule';

/** Events as rows that open the event page: kind, title, industry, date, venue, registered firms. */
export function EventList({ events, today }: { events: EventSummary[]; today: string }) {
  const t = useT();
  return (
    <ul className="event-list" data-testid="event-list">
      {events.map((e) => (
        <li key={e.id} className={isPast(e, today) ? 'event-row past' : 'event-row'}>
          <Link href={eventPath(e.id)} data-testid="event-item" data-event-id={e.id}>
            <span className="event-row-head">
              <span className={`pill pill-kind-${e.kind.toLowerCase()}`}>{t.dyn('eventKind', e.kind)}</span>
              <strong>{e.title}</strong>
              <span className={`pill pill-event-${e.status.toLowerCase()}`}>{t.dyn('eventStatus', e.status)}</span>
              {e.synthetic && <span className="pill">{t('events.synthetic')}</span>}
            </span>
            <span className="muted small">
              {t.named(e.industry)} · {dateOnly(e.date, t.locale)} · {e.venue}
            </span>
            <span className="muted small">{t('events.registered', { n: e.registeredCount })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
