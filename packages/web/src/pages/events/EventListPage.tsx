import { useState } from 'react';
import { EVENTS } from '../../api/eventDocuments';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { navigate } from '../../router/history';
import { eventPath } from '../../router/routes';
import { CreateEventForm } from './CreateEventForm';
import { EventList } from './EventList';
import { orderEvents, shanghaiToday } from './schedule';
import './events.css';

/** 对接会 / 沙龙 / 创新合作周: upcoming events first; officers and admins create them. */
export default function EventListPage() {
  const t = useT();
  const { user } = useAuth();
  const [creating, setCreating] = useState(false);
  // Events are for signed-in users (the API says UNAUTHENTICATED otherwise): ask to sign in instead.
  const state = useQuery(EVENTS, {}, { skip: !user });
  const canCreate = user?.role === 'PROMOTION_OFFICER' || user?.role === 'ADMIN';
  const today = shanghaiToday();

  return (
    <section className="events-page">
      <header className="page-head">
        <div>
          <h1>{t('events.title')}</h1>
          <p className="muted">{t('events.subtitle')}</p>
        </div>
        {canCreate && !creating && (
          <button type="button" className="primary" data-testid="create-event" onClick={() => setCreating(true)}>
            {t('events.create')}
          </button>
        )}
      </header>
      {creating && (
        <CreateEventForm
          onCancel={() => setCreating(false)}
          onCreated={(event) => {
            setCreating(false);
            navigate(eventPath(event.id));
          }}
        />
      )}
      {!user && <Empty title={t('events.signIn')} hint={t('events.signInHint')} />}
      {user && (
        <QueryView state={state} loadingLabel={t('events.loading')}>
          {({ events }) =>
            events.length === 0 ? (
              <Empty title={t('events.none')} hint={t(canCreate ? 'events.noneHintOfficer' : 'events.noneHint')} />
            ) : (
              <EventList events={orderEvents(events, today)} today={today} />
            )
          }
        </QueryView>
      )}
    </section>
  );
}
