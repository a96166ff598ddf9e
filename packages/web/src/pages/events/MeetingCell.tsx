import { REMOVE_MEETING, RESPOND_TO_MEETING } from '../../api/eventDocuments';
import type { EventDetail, Meeting, MeetingResponse } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useAuth } from '../../auth/AuthContext';
import { FactorBars } from '../../charts/FactorBars';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { canManageEvents, sideOf } from './access';
import { FormError } from './FormError';
import { OutcomePicker } from './OutcomePicker';

/** One meeting of the grid: who meets whom, the score (factors on expand), and what the viewer may do with it. */
export function MeetingCell({ meeting, event, past }: { meeting: Meeting; event: EventDetail; past: boolean }) {
  const t = useT();
  const { user } = useAuth();
  const side = sideOf(meeting, user);
  const manager = canManageEvents(user);
  const [respond, responding] = useMutation(RESPOND_TO_MEETING);
  const [remove, removing] = useMutation(REMOVE_MEETING);
  const own = side === 'BUYER' ? meeting.buyerResponse : side === 'SUPPLIER' ? meeting.supplierResponse : null;
  const declined = meeting.buyerResponse === 'DECLINED' || meeting.supplierResponse === 'DECLINED';

  return (
    <td
      className={['meeting', side ? 'mine' : '', declined ? 'declined' : ''].join(' ').trim()}
      data-testid="meeting-cell"
      data-slot={meeting.slot}
      data-table={meeting.table}
      data-buyer={meeting.buyer.id}
      data-supplier={meeting.supplier.id}
      data-meeting-id={meeting.id}
    >
      <div className="meeting-parties">
        <Link href={companyPath(meeting.buyer.id)} className="meeting-buyer" title={t('eventRole.BUYER')}>
          {t.named(meeting.buyer)}
        </Link>
        <span aria-hidden="true"> ↔ </span>
        <Link href={companyPath(meeting.supplier.id)} className="meeting-supplier" title={t('eventRole.SUPPLIER')}>
          {t.named(meeting.supplier)}
        </Link>
      </div>
      <details className="meeting-score">
        <summary>{t('schedule.score', { score: decimal(meeting.score, t.locale, 2) })}</summary>
        <FactorBars factors={meeting.factors} score={meeting.score} />
      </details>
      <div className="meeting-responses small">
        <Response label={t('eventRole.BUYER')} value={meeting.buyerResponse} />
        <Response label={t('eventRole.SUPPLIER')} value={meeting.supplierResponse} />
      </div>
      {side && !past && (
        <div className="meeting-actions no-print">
          <button
            type="button"
            data-testid="meeting-accept"
            disabled={responding.pending || own === 'ACCEPTED'}
            onClick={() => void respond({ meetingId: meeting.id, accept: true })}
          >
            {t('meeting.accept')}
          </button>
          <button
            type="button"
            data-testid="meeting-decline"
            disabled={responding.pending || own === 'DECLINED'}
            onClick={() => void respond({ meetingId: meeting.id, accept: false })}
          >
            {t('meeting.decline')}
          </button>
        </div>
      )}
      {manager && !past && event.status !== 'DONE' && (
        <button
          type="button"
          className="link-button no-print"
          data-testid="meeting-remove"
          disabled={removing.pending}
          onClick={() => void remove({ meetingId: meeting.id })}
        >
          {t('meeting.remove')}
        </button>
      )}
      {past && (side || manager) && <OutcomePicker meeting={meeting} />}
      {past && !side && !manager && meeting.outcome !== 'NONE' && (
        <span className="pill">{t.dyn('meetingOutcome', meeting.outcome)}</span>
      )}
      <FormError error={responding.error ?? removing.error} />
    </td>
  );
}

function Response({ label, value }: { label: string; value: MeetingResponse }) {
  const t = useT();
  return (
    <span className={`response response-${value.toLowerCase()}`}>
      {label}: {t.dyn('meetingResponse', value)}
    </span>
  );
}
