import { DEMAND_MATCHES } from '../../api/demandKindDocuments';
import { useQuery } from '../../api/useQuery';
import { FactorBars } from '../../charts/FactorBars';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { CompanyLine } from '../shared/CompanyLine';

/** Explained matches for a SCENARIO or INNOVATION demand: firms and institutions, each marked as such. */
export function DemandKindMatches({ demandId }: { demandId: string }) {
  const t = useT();
  const state = useQuery(DEMAND_MATCHES, { demandId, limit: 10 });
  return (
    <section className="side-section" data-testid="demand-kind-matches">
      <h3>{t('demandKinds.matches')}</h3>
      <p className="muted small">{t('demandKinds.matchesHint')}</p>
      <QueryView state={state} loadingLabel={t('matches.loading')}>
        {({ demandMatches }) =>
          demandMatches.length === 0 ? (
            <Empty title={t('demandKinds.noMatches')} hint={t('demandKinds.noMatchesHint')} />
          ) : (
            <ol className="ranked">
              {demandMatches.map((match, i) => {
                const key = match.company?.id ?? match.institution?.id ?? String(i);
                return (
                  <li key={key} className="ranked-item" data-testid="demand-kind-match" data-type={match.type}>
                    <div className="ranked-head">
                      <span className="rank">{i + 1}</span>
                      <div className="grow">
                        <span className={`pill pill-${match.type.toLowerCase()}`}>
                          {t(match.type === 'COMPANY' ? 'demandKinds.company' : 'demandKinds.institution')}
                        </span>{' '}
                        {match.company ? (
                          <>
                            <Link href={companyPath(match.company.id)}>{t.named(match.company)}</Link>
                            <CompanyLine company={match.company} />
                          </>
                        ) : match.institution ? (
                          <>
                            <strong>{t.named(match.institution)}</strong>
                            <p className="muted small">
                              {t.dyn('institutionKind', match.institution.kind)} · {match.institution.city}
                            </p>
                          </>
                        ) : null}
                      </div>
                      <span className="score" title={t('matches.score')}>
                        {decimal(match.score, t.locale, 2)}
                      </span>
                    </div>
                    <FactorBars factors={match.factors} />
                  </li>
                );
              })}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}
