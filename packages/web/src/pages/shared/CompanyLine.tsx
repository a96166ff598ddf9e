import type { CompanySummary } from '../../api/types';
import { useT } from '../../i18n';

/** Where a firm is and what kind it is, in one muted line. */
export function CompanyLine({ company }: { company: CompanySummary }) {
  const t = useT();
  const place = [company.province, company.city, company.district].filter(Boolean);
  const unique = place.filter((p, i) => place.indexOf(p) === i).join(' · ');
  return (
    <span className="muted small company-line">
      {unique} · {t.dyn('size', company.size)}
      {company.chainLeader && <span className="tag">{t('company.chainLeader')}</span>}
      {company.synthetic && <span className="tag tag-muted">{t('company.synthetic')}</span>}
    </span>
  );
}
