import type { ChainSegment, Technology } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';

/** One technology: its TRL, horizon and stage, what it follows and leads to, and the segments it enables. */
export function TechnologyDetail({
  technology,
  industryId,
  segments,
  all,
}: {
  technology: Technology;
  industryId: string;
  segments: ChainSegment[];
  all: Technology[];
}) {
  const t = useT();
  const byId = new Map(segments.map((s) => [s.id, s]));
  const before = all.filter((x) => x.precedes.includes(technology.id));
  const after = all.filter((x) => technology.precedes.includes(x.id));
  return (
    <section className="panel" data-testid="technology-detail">
      <h2>{t.named(technology)}</h2>
      <p className="muted">
        TRL {technology.trl} · {technology.horizon} · {t.dyn('stage', technology.stage)}
      </p>
      <h3>{t('roadmap.enables')}</h3>
      <ul className="chips">
        {technology.segmentIds.map((id) => {
          const segment = byId.get(id);
          return (
            <li key={id}>
              <Link className="chip" href={`${industryPath(industryId, 'chain')}?segment=${encodeURIComponent(id)}`}>
                {segment ? t.named(segment) : id}
              </Link>
              {segment && <StatusBadge status={segment.status} />}
            </li>
          );
        })}
      </ul>
      {(before.length > 0 || after.length > 0) && (
        <p className="small">
          {before.length > 0 && t('roadmap.after', { names: before.map((x) => t.named(x)).join('、') })}{' '}
          {after.length > 0 && t('roadmap.leadsTo', { names: after.map((x) => t.named(x)).join('、') })}
        </p>
      )}
    </section>
  );
}
