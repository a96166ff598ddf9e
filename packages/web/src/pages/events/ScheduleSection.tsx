import { PROPOSE_SCHEDULE, PUBLISH_SCHEDULE } from '../../api/eventDocuments';
import type { EventDetail } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useAuth } from '../../auth/AuthContext';
import { Empty, Loading } from '../../components/StateView';
import { useT } from '../../i18n';
import { dateOnly } from '../../i18n/format';
import { canManageEvents } from './access';
import { ExportScheduleLink } from './ExportScheduleLink';
import { FormError } from './FormError';
import { ScheduleGrid } from './ScheduleGrid';

type Run = (vars: { eventId: string }) => Promise<unknown>;

/** The schedule with its tools: officers propose and publish, everyone prints, officers export XLSX. */
export function ScheduleSection({ event, past }: { event: EventDetail; past: boolean }) {
  const t = useT();
  const { user } = useAuth();
  const manager = canManageEvents(user);
  const [propose, proposing] = useMutation(PROPOSE_SCHEDULE);
  const [publish, publishing] = useMutation(PUBLISH_SCHEDULE);
  const run = (action: Run) => () => void action({ eventId: event.id });
  const hasMeetings = event.meetings.length > 0;
  const published = event.status === 'PUBLISHED' || event.status === 'DONE';

  return (
    <section className="panel event-schedule-panel event-print-area">
      <header className="side-head">
        <div>
          <h2>{t('schedule.title')}</h2>
          <p className="muted small print-only">
            {event.title} · {dateOnly(event.date, t.locale)} · {event.venue}
          </p>
          <p className="muted small no-print">
            {t(
              published ? 'schedule.publishedHint' : manager ? 'schedule.proposedHintOfficer' : 'schedule.proposedHint',
            )}
          </p>
        </div>
        <div className="toolbar no-print">
          {manager && !past && (
            <button
              type="button"
              data-testid="propose-schedule"
              disabled={proposing.pending || event.registrations.length < 2}
              title={event.registrations.length < 2 ? t('schedule.needRegistrations') : undefined}
              onClick={() => {
                if (!hasMeetings || window.confirm(t('schedule.replaceConfirm'))) run(propose)();
              }}
            >
              {t(hasMeetings ? 'schedule.repropose' : 'schedule.propose')}
            </button>
          )}
          {manager && !past && (
            <button
              type="button"
              className="primary"
              data-testid="publish-schedule"
              disabled={publishing.pending || !hasMeetings || published}
              onClick={run(publish)}
            >
              {t(published ? 'schedule.published' : 'schedule.publish')}
            </button>
          )}
          {manager && hasMeetings && <ExportScheduleLink eventId={event.id} />}
          {hasMeetings && (
            <button type="button" data-testid="print-schedule" onClick={() => window.print()}>
              {t('schedule.print')}
            </button>
          )}
        </div>
      </header>
      <FormError error={proposing.error ?? publishing.error} />
      {proposing.pending ? (
        <Loading label={t('schedule.proposing', { n: event.registrations.length })} />
      ) : hasMeetings ? (
        <ScheduleGrid event={event} past={past} />
      ) : (
        <Empty
          title={t('schedule.none')}
          hint={t(manager ? 'schedule.noneHintOfficer' : published ? 'schedule.noneMine' : 'schedule.noneHint')}
        />
      )}
    </section>
  );
}
