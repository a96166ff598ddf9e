import { COMPANY_PROVENANCE } from '../../api/documents';
import { useQuery } from '../../api/useQuery';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { attachmentDate } from '../../components/provenance';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { companyPath, industryPath } from '../../router/routes';

/** The company page's provenance: the record, the register's texts, each attachment and each supply edge. */
export function CompanyProvenance({ companyId }: { companyId: string }) {
  const t = useT();
  const state = useQuery(COMPANY_PROVENANCE, { id: companyId });
  if (state.status !== 'ok' || !state.data.company) return null;
  const c = state.data.company;
  const texts: Array<[Parameters<typeof t>[0], string | null]> = [
    ['provenance.businessScope', c.businessScope],
    ['provenance.products', c.products],
    ['provenance.industryCode', c.industryCode],
    ['provenance.address', c.address],
  ];
  return (
    <section className="panel" data-testid="company-provenance">
      <h2>{t('provenance.title')}</h2>
      <p>
        {t('provenance.record')} <ProvenanceBadge source={c.source} at={c.updatedAt ?? c.importedAt} />
      </p>
      <dl className="facts">
        {texts.map(([key, text]) =>
          text ? (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>
                {text}
                {key === 'provenance.address' && c.addressResolved === false && (
                  <span className="tag tag-muted">{t('provenance.addressUnresolved')}</span>
                )}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
      <h3>{t('provenance.attachments')}</h3>
      <ul className="plain-list" data-testid="company-operations">
        {c.operations.map((o) => (
          <li key={o.segmentId} data-segment={o.segmentId} data-source={o.source ?? 'unknown'}>
            <Link
              href={`${industryPath(o.segmentId.split('.')[0] ?? '', 'chain')}?segment=${encodeURIComponent(o.segmentId)}`}
            >
              {t.named(o.segment)}
            </Link>{' '}
            <ProvenanceBadge source={o.source} confidence={o.confidence} at={attachmentDate(o, c.updatedAt)} />
            {o.reviewedBy && <span className="muted small"> {t('provenance.reviewedBy', { name: o.reviewedBy })}</span>}
          </li>
        ))}
      </ul>
      {c.suppliers.length > 0 && (
        <>
          <h3>{t('provenance.supplies')}</h3>
          <ul className="plain-list">
            {c.suppliers.map((s) => (
              <li key={`${s.company.id}:${s.segmentId}`}>
                <Link href={companyPath(s.company.id)}>{t.named(s.company)}</Link>{' '}
                <ProvenanceBadge source={s.source} confidence={s.confidence} />
                {s.since && <span className="muted small"> {t('provenance.since', { since: s.since })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
