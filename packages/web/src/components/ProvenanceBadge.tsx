import { useT } from '../i18n';
import { decimal } from '../i18n/format';
import { ageInDays } from './provenance';

/** "推断 · 0.62 · 3 天前": where a record or edge came from, how sure, and how old. */
export function ProvenanceBadge({
  source,
  confidence,
  at,
}: {
  source: string | null;
  confidence?: number | null;
  at?: string | null;
}) {
  const t = useT();
  const days = ageInDays(at);
  const parts = [
    t.dyn('source', source ?? 'unknown'),
    ...(confidence === null || confidence === undefined ? [] : [decimal(confidence, t.locale, 2)]),
    ...(at === undefined
      ? []
      : [
          days === null
            ? t('provenance.noDate')
            : days === 0
              ? t('provenance.today')
              : t('provenance.age', { n: days }),
        ]),
  ];
  return (
    <span
      className={`tag provenance provenance-${source ?? 'unknown'}`}
      data-testid="provenance"
      data-source={source ?? 'unknown'}
      title={at ?? undefined}
    >
      {parts.join(' · ')}
    </span>
  );
}
