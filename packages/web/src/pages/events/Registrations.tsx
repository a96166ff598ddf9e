import type { EventDetail, EventRole } from '../../api/types';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';

/** Who registered, buyers then suppliers, with what they need or offer. */
export function Registrations({ event }: { event: EventDetail }) {
  const t = useT();
  const group = (role: EventRole) => event.registrations.filter((r) => r.role === role);
  return (
    <section className="panel event-registrations no-print" data-testid="event-registrations">
      <h2>{t('event.registrations')}</h2>
      {event.registrations.length === 0 && <p className="muted small">{t('event.noRegistrations')}</p>}
      {(['BUYER', 'SUPPLIER'] as const).map((role) =>
        group(role).length ? (
          <details key={role} open={event.registrations.length <= 12}>
            <summary>
              {t.dyn('eventRole', role)} · {group(role).length}
            </summary>
            <ul className="plain-list">
              {group(role).map((r) => (
                <li key={r.company.id}>
                  <Link href={companyPath(r.company.id)}>{t.named(r.company)}</Link>
                  <span className="muted small"> · {r.segments.map((s) => t.named(s)).join('、')}</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
    </section>
  );
}
