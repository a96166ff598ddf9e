import { useState } from 'react';
import type { ChainSegment, Radius } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { SupportingPlatforms } from '../platforms/SupportingPlatforms';
import { TargetList } from '../shared/TargetList';
import { WhatIfCard } from '../shared/WhatIfCard';
import { EnablingTechnologies } from './EnablingTechnologies';
import { KeyLinkFacts } from './KeyLinkFacts';
import { LocalFirms } from './LocalFirms';

/** Everything about one segment: local firms, key-link facts, technologies, targets to attract and a what-if. */
export function SegmentPanel({
  segment,
  industryId,
  radius,
  listAll = false,
  onClose,
}: {
  segment: ChainSegment;
  industryId: string;
  radius: Radius;
  /** Open the firm list whole and paged (the map's "+N" count node). */
  listAll?: boolean;
  onClose(): void;
}) {
  const t = useT();
  const [attract, setAttract] = useState<{ id: string; name: string } | null>(null);
  return (
    <aside className="side-panel" data-testid="segment-panel" aria-label={t.named(segment)}>
      <header className="side-head">
        <div>
          <h2>{t.named(segment)}</h2>
          <p className="muted small">
            {t.dyn('tier', segment.tier)} · {t('chain.localCount', { n: segment.localCount })} ·{' '}
            {t.dyn('radius', radius)}
          </p>
        </div>
        <StatusBadge status={segment.status} />
        <button type="button" className="ghost close" aria-label={t('action.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {segment.keyLink && <KeyLinkFacts keyLink={segment.keyLink} />}
      <section className="side-section">
        <SupportingPlatforms industryId={industryId} segmentId={segment.id} />
      </section>
      <LocalFirms segmentId={segment.id} localCount={segment.localCount} radius={radius} listAll={listAll} />
      <EnablingTechnologies segmentId={segment.id} industryId={industryId} />
      <section className="side-section">
        <h3>{t('targets.title')}</h3>
        <p className="muted small">{t('targets.hint')}</p>
        <TargetList
          segmentId={segment.id}
          radius={radius}
          limit={5}
          compact
          onSimulate={(company) => setAttract({ id: company.id, name: t.named(company) })}
          simulating={attract?.id ?? null}
        />
      </section>
      {attract && (
        <WhatIfCard industryId={industryId} radius={radius} companyId={attract.id} companyName={attract.name} />
      )}
    </aside>
  );
}
