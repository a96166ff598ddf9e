import { DATA_QUALITY } from '../../api/documents';
import type { DataQuality, SourceCount } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { IndustrySelect } from '../../components/IndustrySelect';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { percent } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';

/** `/industries/:id/quality`: where an industry's data came from, how much is unreviewed, how old, what is unresolved. */
export default function QualityPage({ industryId }: { industryId: string }) {
  const t = useT();
  const state = useQuery(DATA_QUALITY, { industryId });
  return (
    <section className="quality-page" data-testid="data-quality">
      <header className="page-head">
        <div>
          <h1>{t('quality.title')}</h1>
          <p className="muted">{t('quality.subtitle')}</p>
        </div>
        <div className="toolbar">
          <IndustrySelect industryId={industryId} page="quality" />
        </div>
      </header>
      <QueryView state={state}>{({ dataQuality }) => <QualityReport report={dataQuality} />}</QueryView>
    </section>
  );
}

function QualityReport({ report }: { report: DataQuality }) {
  const t = useT();
  return (
    <>
      <dl className="kpis">
        <div>
          <dt>{t('quality.firms')}</dt>
          <dd data-testid="quality-firms">{report.firms}</dd>
        </div>
        <div>
          <dt>{t('quality.attachments')}</dt>
          <dd>{report.attachments}</dd>
        </div>
        <div>
          <dt>{t('quality.unreviewed')}</dt>
          <dd data-testid="quality-unreviewed">{percent(report.unreviewedShare, t.locale, 1)}</dd>
        </div>
      </dl>
      <div className="two-columns">
        <BySource title={t('quality.firmsBySource')} counts={report.firmsBySource} />
        <BySource title={t('quality.attachmentsBySource')} counts={report.attachmentsBySource} />
      </div>
      <div className="two-columns">
        <section className="panel">
          <h2>{t('quality.oldest')}</h2>
          {report.oldest.length === 0 && <p className="muted">{t('quality.none')}</p>}
          <ol className="plain-list">
            {report.oldest.map((firm) => (
              <li key={firm.id}>
                <Link href={companyPath(firm.id)}>{firm.name}</Link>{' '}
                <ProvenanceBadge source={firm.source} at={firm.updatedAt} />
              </li>
            ))}
          </ol>
          {report.undated > 0 && <p className="muted small">{t('quality.undated', { n: report.undated })}</p>}
        </section>
        <section className="panel">
          <h2>{t('quality.unresolved')}</h2>
          <p className="muted small">{t('quality.unresolvedCount', { n: report.unresolvedAddresses })}</p>
          <ul className="plain-list">
            {report.unresolvedExamples.map((firm) => (
              <li key={firm.id}>
                <Link href={companyPath(firm.id)}>{firm.name}</Link> <span className="muted small">{firm.address}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

function BySource({ title, counts }: { title: string; counts: SourceCount[] }) {
  const t = useT();
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <section className="panel">
      <h2>{title}</h2>
      {counts.length === 0 && <p className="muted">{t('quality.none')}</p>}
      <table className="table">
        <tbody>
          {counts.map((c) => (
            <tr key={c.source}>
              <th scope="row">{t.dyn('source', c.source)}</th>
              <td className="num">{c.count}</td>
              <td className="num muted">{percent(total ? c.count / total : null, t.locale, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
