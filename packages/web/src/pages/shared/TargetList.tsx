import { INVESTMENT_TARGETS } from '../../api/documents';
import type { CompanySummary, Radius } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { FactorBars } from '../../charts/FactorBars';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { CompanyLine } from './CompanyLine';
import { TargetSites } from './TargetSites';

/** Ranked firms to attract for a segment (靶向招商), each with the factors behind its score. */
export function TargetList({
  segmentId,
  radius,
  limit,
  compact = false,
  onSimulate,
  simulating,
}: {
  segmentId: string;
  radius: Radius;
  limit: number;
  compact?: boolean;
  onSimulate(company: CompanySummary): void;
  simulating: string | null;
}) {
  const t = useT();
  const state = useQuery(INVESTMENT_TARGETS, { segmentId, radius, limit });
  return (
    <QueryView state={state}>
      {({ investmentTargets }) =>
        investmentTargets.length === 0 ? (
          <Empty title={t('targets.empty')} hint={t('targets.emptyHint')} />
        ) : (
          <ol className="ranked" data-testid="targets">
            {investmentTargets.map((match, i) => (
              <li
                key={match.company.id}
                data-testid="target"
                className={compact ? 'ranked-item compact' : 'ranked-item'}
              >
                <div className="ranked-head">
                  <span className="rank">{i + 1}</span>
                  <div className="grow">
                    <Link href={companyPath(match.company.id)}>{t.named(match.company)}</Link>
                    <CompanyLine company={match.company} />
                  </div>
                  <span className="score" title={t('targets.score')}>
                    {decimal(match.score, t.locale, 2)}
                  </span>
                </div>
                <FactorBars factors={match.factors} />
                {!compact && <TargetSites companyId={match.company.id} segmentId={segmentId} />}
                <button
                  type="button"
                  className={simulating === match.company.id ? 'primary small' : 'small'}
                  aria-pressed={simulating === match.company.id}
                  onClick={() => onSimulate(match.company)}
                >
                  {t('whatIf.simulate')}
                </button>
              </li>
            ))}
          </ol>
        )
      }
    </QueryView>
  );
}
