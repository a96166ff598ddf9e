import type { Match } from '../../api/types';
import { FactorBars } from '../../charts/FactorBars';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { CompanyLine } from '../shared/CompanyLine';

/** Ranked companies with their score and the factors that explain it. */
export function MatchList({
  matches,
  testId,
  columns = false,
}: {
  matches: Match[];
  testId: string;
  columns?: boolean;
}) {
  const t = useT();
  return (
    <ol className={columns ? 'ranked ranked-grid' : 'ranked'}>
      {matches.map((match, i) => (
        <li key={match.company.id} className="ranked-item" data-testid={testId}>
          <div className="ranked-head">
            <span className="rank">{i + 1}</span>
            <div className="grow">
              <Link href={companyPath(match.company.id)}>{t.named(match.company)}</Link>
              <CompanyLine company={match.company} />
            </div>
            <span className="score" title={t('matches.score')}>
              {decimal(match.score, t.locale, 2)}
            </span>
          </div>
          <FactorBars factors={match.factors} />
          {match.demandId && (
            <Link className="small" href={`/demands?demand=${encodeURIComponent(match.demandId)}`}>
              {t('matches.openDemand')}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
