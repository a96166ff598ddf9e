import { SUPPLIER_MATCHES } from '../../api/demandDocuments';
import { useQuery } from '../../api/useQuery';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { MatchList } from './MatchList';

/** Ranked, explained supplier matches for a demand (local SMEs first: 大手拉小手). */
export function SupplierMatches({ demandId }: { demandId: string }) {
  const t = useT();
  const state = useQuery(SUPPLIER_MATCHES, { demandId, limit: 10 });
  return (
    <section className="side-section" data-testid="supplier-matches">
      <h3>{t('matches.suppliers')}</h3>
      <p className="muted small">{t('matches.suppliersHint')}</p>
      <QueryView state={state} loadingLabel={t('matches.loading')}>
        {({ supplierMatches }) =>
          supplierMatches.length === 0 ? (
            <Empty title={t('matches.none')} hint={t('matches.noneHint')} />
          ) : (
            <MatchList matches={supplierMatches} testId="supplier-match" />
          )
        }
      </QueryView>
    </section>
  );
}
