import { COMPANY } from '../../api/demandDocuments';
import { useQuery } from '../../api/useQuery';
import { Figure } from '../../components/Figure';
import { Empty, QueryView } from '../../components/StateView';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';
import { CompanyLine } from '../shared/CompanyLine';
import { CompanyProvenance } from './CompanyProvenance';
import { CompanyRelations } from './CompanyRelations';
import { CompanySuppliers } from './CompanySuppliers';

/** A firm: profile, segments and certifications, then suppliers, buyers and blast radius. */
export default function CompanyPage({ companyId }: { companyId: string }) {
  const t = useT();
  const state = useQuery(COMPANY, { id: companyId });
  return (
    <section className="company-page" data-testid="company-page">
      <QueryView state={state}>
        {({ company }) =>
          !company ? (
            <Empty title={t('company.notFound')} hint={t('company.notFoundHint')} />
          ) : (
            <>
              <header className="page-head">
                <div>
                  <h1>{t.named(company)}</h1>
                  <CompanyLine company={company} />
                </div>
              </header>
              <div className="two-columns">
                <section className="panel">
                  <h2>{t('company.profile')}</h2>
                  <dl className="facts">
                    <dt>{t('company.uscc')}</dt>
                    <dd>
                      <code>{company.uscc}</code>
                    </dd>
                    <dt>{t('company.location')}</dt>
                    <dd>
                      {[company.province, company.city, company.district, company.park].filter(Boolean).join(' · ')}
                    </dd>
                    <dt>{t('company.size')}</dt>
                    <dd>{t.dyn('size', company.size)}</dd>
                    <dt>{t('company.credit')}</dt>
                    <dd>
                      <Figure value={company.creditScore}>{decimal(company.creditScore, t.locale, 0)}</Figure>
                    </dd>
                    <dt>{t('company.certifications')}</dt>
                    <dd>{company.certifications.length ? company.certifications.join('、') : '—'}</dd>
                  </dl>
                </section>
                <section className="panel">
                  <h2>{t('company.segments')}</h2>
                  <ul className="plain-list">
                    {company.segments.map((s) => (
                      <li key={s.id}>
                        <Link
                          href={`${industryPath(s.id.split('.')[0] ?? '', 'chain')}?segment=${encodeURIComponent(s.id)}`}
                        >
                          {t.named(s)}
                        </Link>{' '}
                        <span className="muted small">{t.dyn('tier', s.tier)}</span> <StatusBadge status={s.status} />
                      </li>
                    ))}
                  </ul>
                </section>
              </div>
              <CompanyProvenance companyId={company.id} />
              <CompanySuppliers suppliers={company.suppliers} />
              <CompanyRelations companyId={company.id} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
