import { EVENT } from '../../api/eventDocuments';
import type { EventDetail } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { AddMeetingForm } from './AddMeetingForm';
import { canManageEvents } from './access';
import { EventFacts } from './EventFacts';
import { RegistrationForm } from './RegistrationForm';
import { Registrations } from './Registrations';
import { ScheduleSection } from './ScheduleSection';
import { isPast, shanghaiToday } from './schedule';
import './events.css';

/** One event: its facts, registration for firms, and the meeting schedule. */
export default function EventPage({ eventId }: { eventId: string }) {
  const t = useT();
  const { user } = useAuth();
  const state = useQuery(EVENT, { id: eventId }, { skip: !user });
  return (
    <section className="event-page" data-testid="event-page">
      <p className="small no-print">
        <Link href="/events">← {t('event.back')}</Link>
      </p>
      {user ? (
        <QueryView state={state} loadingLabel={t('event.loading')}>
          {({ event }) =>
            event ? <EventView event={event} /> : <Empty title={t('event.notFound')} hint={t('event.notFoundHint')} />
          }
        </QueryView>
      ) : (
        <Empty title={t('events.signIn')} hint={t('events.signInHint')} />
      )}
    </section>
  );
}

function EventView({ event }: { event: EventDetail }) {
  const t = useT();
  const { user } = useAuth();
  const past = isPast(event, shanghaiToday());
  const manager = canManageEvents(user);
  const registration = event.registrations.find((r) => r.company.id === user?.companyId) ?? null;
  return (
    <>
      <EventFacts event={event} />
      {/* The grid takes the full width (an event has many tables); registration sits below it. */}
      <ScheduleSection event={event} past={past} />
      {manager && !past && event.registrations.length > 0 && <AddMeetingForm event={event} />}
      <div className="event-columns">
        {user?.companyId && !past && <RegistrationForm event={event} current={registration} />}
        {user && !user.companyId && !manager && <p className="notice no-print">{t('event.firmOnly')}</p>}
        <Registrations event={event} />
      </div>
    </>
  );
}
