import type { EventDetail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useT } from '../../i18n';
import { sideOf } from './access';
import { clock } from './clock';
import { MeetingCell } from './MeetingCell';
import { doubleBookings, scheduleRows, tablesOf } from './schedule';

/** Slots as rows, tables as columns; each cell one meeting (buyer ↔ supplier, score and its factors). */
export function ScheduleGrid({ event, past }: { event: EventDetail; past: boolean }) {
  const t = useT();
  const { user } = useAuth();
  const tables = tablesOf(event.meetings);
  const rows = scheduleRows(event.slots, event.meetings);
  const clashes = doubleBookings(event.meetings);
  const mine = event.meetings.filter((m) => sideOf(m, user)).length;
  return (
    <>
      {clashes.length > 0 && (
        <p className="form-error" role="alert">
          {t('schedule.clash', { n: clashes.length })}
        </p>
      )}
      <p className="muted small no-print">
        {t('schedule.summary', { meetings: event.meetings.length, tables: tables.length })}
        {mine > 0 && ` · ${t('schedule.mine', { n: mine })}`}
      </p>
      <div className="schedule-scroll">
        <table className="schedule-grid" data-testid="event-schedule">
          <thead>
            <tr>
              <th scope="col">{t('schedule.slot')}</th>
              {tables.map((table) => (
                <th key={table} scope="col">
                  {t('schedule.table', { n: table })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slot.index}>
                <th scope="row" className="slot-time">
                  {row.slot.startsAt ? `${clock(row.slot.startsAt)}–${clock(row.slot.endsAt)}` : `#${row.slot.index}`}
                </th>
                {row.cells.map((meeting, i) =>
                  meeting ? (
                    <MeetingCell key={meeting.id} meeting={meeting} event={event} past={past} />
                  ) : (
                    <td key={tables[i]} className="meeting-empty" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
