import { BUYER_MATCHES } from '../../api/demandDocuments';
import { useQuery } from '../../api/useQuery';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { MatchList } from './MatchList';

/** For an SME: chain leaders and open demands it could supply, ranked and explained. */
export function BuyerMatches({ companyId }: { companyId: string }) {
  const t = useT();
  const state = useQuery(BUYER_MATCHES, { companyId, limit: 6 });
  return (
    <section className="panel" data-testid="buyer-matches">
      <h2>{t('matches.buyers')}</h2>
      <p className="muted small">{t('matches.buyersHint')}</p>
      <QueryView state={state} loadingLabel={t('matches.loading')}>
        {({ buyerMatches }) =>
          buyerMatches.length === 0 ? (
            <Empty title={t('matches.noBuyers')} hint={t('matches.noBuyersHint')} />
          ) : (
            <MatchList matches={buyerMatches} testId="buyer-match" columns />
          )
        }
      </QueryView>
    </section>
  );
}
