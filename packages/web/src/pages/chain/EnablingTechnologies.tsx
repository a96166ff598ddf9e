import { ROADMAP } from '../../api/documents';
import { useQuery } from '../../api/useQuery';
import { ErrorState } from '../../components/StateView';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';

/** Technologies of the roadmap that enable this segment (ENABLES), with TRL and horizon. */
export function EnablingTechnologies({ segmentId, industryId }: { segmentId: string; industryId: string }) {
  const t = useT();
  const state = useQuery(ROADMAP, { industryId });
  const technologies = state.status === 'ok' ? state.data.roadmap.filter((x) => x.segmentIds.includes(segmentId)) : [];
  return (
    <section className="side-section" data-testid="enabling-technologies">
      <h3>{t('tech.title')}</h3>
      {state.status === 'loading' && <p className="muted small">{t('state.loading')}</p>}
      {state.status === 'error' && <ErrorState error={state.error} />}
      {state.status === 'ok' && technologies.length === 0 && <p className="muted small">{t('tech.none')}</p>}
      <ul className="plain-list">
        {technologies.map((tech) => (
          <li key={tech.id}>
            <Link href={`${industryPath(industryId, 'roadmap')}?tech=${encodeURIComponent(tech.id)}`}>
              {t.named(tech)}
            </Link>
            <span className="muted small">
              {' '}
              TRL {tech.trl} · {tech.horizon} · {t.dyn('stage', tech.stage)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
