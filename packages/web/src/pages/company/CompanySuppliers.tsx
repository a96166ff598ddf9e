import type { Company } from '../../api/types';
import { Figure } from '../../components/Figure';
import { Empty } from '../../components/StateView';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { CompanyLine } from '../shared/CompanyLine';

/** Who this firm buys from (one SUPPLIES hop upstream), largest annual value first. */
export function CompanySuppliers({ suppliers }: { suppliers: Company['suppliers'] }) {
  const t = useT();
  return (
    <section className="panel" data-testid="company-suppliers">
      <h2>{t('company.suppliers')}</h2>
      {suppliers.length === 0 ? (
        <Empty title={t('company.noSuppliers')} />
      ) : (
        <ul className="plain-list">
          {suppliers.map(({ company, segmentId, segment, annualValue }) => (
            <li key={`${company.id}:${segmentId}`}>
              <Link href={companyPath(company.id)}>{t.named(company)}</Link>{' '}
              <span className="muted small">
                {t.named(segment)} · <Figure value={annualValue}>{decimal(annualValue, t.locale, 0)}</Figure>{' '}
                {t('company.perYear')}
              </span>
              <CompanyLine company={company} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
