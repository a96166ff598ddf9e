import type { Demand, DemandKind } from '../../api/types';
import { useT } from '../../i18n';
import { dateOnly } from '../../i18n/format';

export const DEMAND_KINDS: DemandKind[] = ['ORDER', 'SCENARIO', 'INNOVATION'];

/** The facts a SCENARIO or INNOVATION demand adds (nothing for an ORDER): what, where, when, which technologies. */
export function DemandKindFacts({ demand }: { demand: Demand }) {
  const t = useT();
  if (!demand.kind || demand.kind === 'ORDER') return null;
  const technologies = demand.wantedTechnologies ?? [];
  return (
    <dl className="facts" data-testid="demand-kind-facts">
      {demand.kind === 'SCENARIO' && (
        <>
          <dt>{t('demandKinds.offering')}</dt>
          <dd>{demand.offering ? t.dyn('offering', demand.offering) : '—'}</dd>
          <dt>{t('demandKinds.pilotSite')}</dt>
          <dd>{demand.pilotSite ?? '—'}</dd>
          <dt>{t('demandKinds.availableFrom')}</dt>
          <dd>{demand.availableFrom ? dateOnly(demand.availableFrom, t.locale) : '—'}</dd>
          <dt>{t('demandKinds.durationMonths')}</dt>
          <dd>{demand.durationMonths ? t('demandKinds.durationValue', { n: demand.durationMonths }) : '—'}</dd>
          <dt>{t('demandKinds.support')}</dt>
          <dd>{demand.support ?? '—'}</dd>
        </>
      )}
      {demand.kind === 'INNOVATION' && (
        <>
          <dt>{t('demandKinds.problem')}</dt>
          <dd>{demand.problem ?? '—'}</dd>
          <dt>{t('demandKinds.targetTrl')}</dt>
          <dd>{demand.targetTrl ? t('demandKinds.trl', { n: demand.targetTrl }) : '—'}</dd>
          <dt>{t('demandKinds.collaborationForm')}</dt>
          <dd>{demand.collaborationForm ? t.dyn('collaboration', demand.collaborationForm) : '—'}</dd>
        </>
      )}
      <dt>{t('demandKinds.technologies')}</dt>
      <dd>
        {technologies.length
          ? technologies.map((tech) => `${t.named(tech)}（${t('demandKinds.trl', { n: tech.trl })}）`).join('、')
          : '—'}
      </dd>
    </dl>
  );
}
