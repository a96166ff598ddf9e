import type { ReactNode } from 'react';
import { BLAST_RADIUS } from '../../api/documents';
import type { BlastRadius } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { Figure } from '../../components/Figure';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { CompanyLine } from '../shared/CompanyLine';

/**
 * Who depends on this firm: its direct buyers (one SUPPLIES hop) and the blast radius — every firm downstream
 * within two hops and the annual value at stake if it stopped supplying (docs/design.md §4.8).
 */
export function CompanyRelations({ companyId }: { companyId: string }) {
  const t = useT();
  const state = useQuery(BLAST_RADIUS, { companyId, hops: 2 });
  return (
    <section className="panel" data-testid="company-relations">
      <h2>{t('company.relations')}</h2>
      <QueryView state={state}>
        {({ blastRadius }) => {
          const direct = blastRadius.reached.filter((r) => r.hops === 1);
          const further = blastRadius.reached.filter((r) => r.hops > 1);
          return (
            <>
              <div className="stat-row" data-testid="blast-radius">
                <Stat
                  label={t('company.blastCount', { hops: blastRadius.hops })}
                  value={String(blastRadius.companyCount)}
                />
                <Stat
                  label={t('company.directValue')}
                  value={
                    <Figure value={blastRadius.directValue}>{decimal(blastRadius.directValue, t.locale, 0)}</Figure>
                  }
                />
                <Stat
                  label={t('company.valueAtStake')}
                  value={
                    <Figure value={blastRadius.valueAtStake}>{decimal(blastRadius.valueAtStake, t.locale, 0)}</Figure>
                  }
                />
              </div>
              <div className="two-equal">
                <div>
                  <h3>{t('company.buyers')}</h3>
                  {direct.length === 0 ? <Empty title={t('company.noBuyers')} /> : <FirmList firms={direct} />}
                </div>
                <div>
                  <h3>{t('company.downstream')}</h3>
                  {further.length === 0 ? <Empty title={t('company.noDownstream')} /> : <FirmList firms={further} />}
                </div>
              </div>
              <p className="muted small">{t('company.suppliersNote')}</p>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="stat">
      <span className="muted small">{label}</span>
      <b>{value}</b>
    </div>
  );
}

function FirmList({ firms }: { firms: BlastRadius['reached'] }) {
  const t = useT();
  return (
    <ul className="plain-list">
      {firms.slice(0, 12).map(({ company }) => (
        <li key={company.id}>
          <Link href={companyPath(company.id)}>{t.named(company)}</Link>
          <CompanyLine company={company} />
        </li>
      ))}
      {firms.length > 12 && <li className="muted small">{t('firms.more', { n: firms.length - 12 })}</li>}
    </ul>
  );
}
