import { useState } from 'react';
import { SITES_FOR } from '../../api/siteDocuments';
import type { SiteCheck, SiteFit } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { FactorBars } from '../../charts/FactorBars';
import { type Translate, useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import './target-sites.css';

/** Non-fitting sites shown when none fits, so the officer sees what is missing (the nearest first). */
const CLOSEST = 3;

/**
 * "Sites that fit" beside an investment target (docs/sites.md): the count, and on demand the list with the reasons
 * each site fits (or, when none does, the closest ones and what they lack).
 */
export function TargetSites({ companyId, segmentId }: { companyId: string; segmentId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const state = useQuery(SITES_FOR, { companyId, segmentId });
  if (state.status !== 'ok') return null;
  const fitting = state.data.sitesFor.filter((fit) => fit.fits);
  const shown = fitting.length > 0 ? fitting : state.data.sitesFor.slice(0, CLOSEST);
  return (
    <div className="target-sites" data-testid="target-sites" data-count={fitting.length}>
      <span className={fitting.length > 0 ? 'small' : 'small muted'}>
        {fitting.length > 0 ? t('sites.count', { n: fitting.length }) : t('sites.none')}
      </span>{' '}
      {shown.length > 0 && (
        <button type="button" className="link-button small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('sites.hide') : t('sites.show')}
        </button>
      )}
      {open && (
        <>
          {fitting.length === 0 && <p className="small muted">{t('sites.closest')}</p>}
          <ul className="site-list" data-testid="target-site-list">
            {shown.map((fit) => (
              <SiteItem key={fit.site.id} fit={fit} t={t} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SiteItem({ fit, t }: { fit: SiteFit; t: Translate }) {
  const { site } = fit;
  const reasons = fit.fits ? fit.reasons : fit.reasons.filter((r) => !r.ok);
  return (
    <li className="site-item" data-testid="target-site" data-fits={fit.fits}>
      <div className="ranked-head">
        <div className="grow">
          <strong>{site.name}</strong>{' '}
          <span className="muted small">
            {site.parkName}
            {site.chemicalPark && <> · {t('sites.chemicalPark')}</>} · {t.dyn('siteKind', site.kind)} · {site.use} ·{' '}
            {t('sites.area', { area: decimal(site.area, t.locale, 0) })}
            {site.floorLevel !== null &&
              site.floorLoading !== null &&
              ` · ${t('sites.floor', { level: site.floorLevel, loading: decimal(site.floorLoading, t.locale, 1) })}`}
            {site.landPrice !== null && ` · ${t('sites.landPrice', { price: decimal(site.landPrice, t.locale, 0) })}`}
            {site.rent !== null && ` · ${t('sites.rent', { rent: decimal(site.rent, t.locale, 2) })}`}
            {site.synthetic && <> · {t('sites.synthetic')}</>}
          </span>
        </div>
        <span className="score" title={t('sites.score')}>
          {decimal(fit.score, t.locale, 2)}
        </span>
      </div>
      <ul className="site-reasons small">
        {reasons.map((reason) => (
          <li key={reason.code} className={reason.ok ? 'reason-ok' : 'reason-failed'}>
            {reasonText(reason, t)}
          </li>
        ))}
      </ul>
      {fit.fits && <FactorBars factors={fit.factors} score={fit.score} />}
    </li>
  );
}

/** The translated sentence for a check (its code and params), or the server's English text when none exists. */
export function reasonText(reason: SiteCheck, t: Translate): string {
  const template = t.dyn('siteReason', reason.code);
  if (template === reason.code) return reason.text;
  const vars = Object.fromEntries(
    reason.params.map(({ key: name, value }) => [name, name === 'kind' ? t.dyn('siteKind', value) : value]),
  );
  return template.replace(/\{(\w+)\}/g, (all, name: string) => vars[name] ?? all);
}
