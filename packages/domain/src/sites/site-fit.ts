import { explain, type ScoreFactor } from '../analytics/score';
import { JINSHAN_PARKS } from '../synthetic/parks';
import { reason, type SiteReason } from './reason';
import { isChemicalPark, type SiteRow } from './site';
import type { SiteNeeds } from './site-needs';

/**
 * Does a site fit what a segment's firm needs (site-needs.ts)? Every check says why in one sentence, passed or
 * failed; the site fits when none fails. Fitting sites are then ranked by an explained score (docs/sites.md).
 */
export interface SiteCheck extends SiteReason {
  ok: boolean;
}

export interface SiteFitResult {
  fits: boolean;
  /** Failed checks first, then the passed ones. */
  checks: SiteCheck[];
  score: number;
  factors: ScoreFactor[];
}

export const DEFAULT_SITE_WEIGHTS = { areaFit: 0.35, readiness: 0.25, parkFocus: 0.25, quotaHeadroom: 0.15 } as const;
export type SiteWeights = Record<keyof typeof DEFAULT_SITE_WEIGHTS, number>;

const check = (ok: boolean, code: string, text: string, params: Record<string, string | number> = {}): SiteCheck => ({
  ok,
  ...reason(code, text, params),
});

const DAY_MS = 86_400_000;

/** `today`: ISO date the availability is judged on (passed in: domain reads no clock). */
export function siteFit(
  site: SiteRow,
  needs: SiteNeeds,
  today: string,
  weights: SiteWeights = DEFAULT_SITE_WEIGHTS,
): SiteFitResult {
  const checks: SiteCheck[] = [];
  const availableIn = site.availableFrom
    ? Math.max(0, (Date.parse(site.availableFrom) - Date.parse(today)) / DAY_MS)
    : 0;

  if (site.availability === 'AVAILABLE')
    checks.push(
      availableIn > 0
        ? check(true, 'availableFrom', `Available from ${site.availableFrom}.`, { date: site.availableFrom ?? '' })
        : check(true, 'availableNow', 'Available now.'),
    );
  else
    checks.push(
      check(
        false,
        `availability.${site.availability}`,
        `${site.availability === 'TAKEN' ? 'Already taken' : 'Reserved for another firm'}.`,
      ),
    );

  const chemical = isChemicalPark(site.parkId);
  if (needs.chemicalParkOnly)
    checks.push(
      chemical
        ? check(true, 'inChemicalPark', 'In a chemical park, as hazardous chemistry must be.')
        : check(false, 'notChemicalPark', 'Not in a chemical park: hazardous chemistry may only be built in one.'),
    );

  checks.push(
    needs.uses.includes(site.use)
      ? check(true, 'usePermitted', `Permitted use ${site.use} suits the segment.`, { use: site.use })
      : check(false, 'useNotPermitted', `Permitted use ${site.use}; the segment needs ${needs.uses.join(' or ')}.`, {
          use: site.use,
          needed: needs.uses.join('/'),
        }),
  );

  checks.push(
    needs.kinds.includes(site.kind)
      ? check(true, 'kindSuits', `A ${site.kind} suits the segment.`, { kind: site.kind })
      : check(false, 'kindUnsuited', `A ${site.kind}; the segment needs a ${needs.kinds.join(' or ')}.`, {
          kind: site.kind,
          needed: needs.kinds.join('/'),
        }),
  );

  // A plot is built for its tenant; a floor (or a building that states its slab) carries what it was built for.
  const loading = site.kind === 'PLOT' ? null : (site.floorLoading ?? null);
  if (needs.minFloorLoading !== null && loading !== null)
    checks.push(
      loading >= needs.minFloorLoading
        ? check(
            true,
            'loadingEnough',
            `The floor carries ${loading} kN/m² (at least ${needs.minFloorLoading} needed).`,
            {
              loading,
              needed: needs.minFloorLoading,
            },
          )
        : check(
            false,
            'loadingTooLow',
            `The floor carries ${loading} kN/m²; the segment needs at least ${needs.minFloorLoading}.`,
            {
              loading,
              needed: needs.minFloorLoading,
            },
          ),
    );

  const { min, max } = needs.area;
  checks.push(
    site.area < min
      ? check(false, 'areaTooSmall', `${site.area} m² is less than the ${min} m² the firm needs.`, {
          area: site.area,
          min,
        })
      : site.area > max
        ? check(false, 'areaTooLarge', `${site.area} m² is more than the ${max} m² the firm needs (节约集约用地).`, {
            area: site.area,
            max,
          })
        : check(true, 'areaInBand', `${site.area} m² is within the ${min}–${max} m² the firm needs.`, {
            area: site.area,
            min,
            max,
          }),
  );

  if (needs.minEnergyQuota > 0)
    checks.push(
      site.energyQuota >= needs.minEnergyQuota
        ? check(
            true,
            'energyEnough',
            `Energy quota ${site.energyQuota} tce/a (at least ${needs.minEnergyQuota} needed).`,
            {
              quota: site.energyQuota,
              needed: needs.minEnergyQuota,
            },
          )
        : check(
            false,
            'energyTooLow',
            `Energy quota ${site.energyQuota} tce/a; the firm needs at least ${needs.minEnergyQuota}.`,
            {
              quota: site.energyQuota,
              needed: needs.minEnergyQuota,
            },
          ),
    );

  if (needs.needsVocsQuota)
    checks.push(
      site.vocsQuota > 0
        ? check(true, 'vocsQuota', `VOCs quota ${site.vocsQuota} t/a.`, { quota: site.vocsQuota })
        : check(false, 'noVocsQuota', 'No VOCs quota: the segment emits VOCs.'),
    );

  const fits = checks.every((c) => c.ok);
  const focus = JINSHAN_PARKS.find((p) => p.id === site.parkId)?.focus ?? [];
  const values = {
    // 1 at the band's geometric middle, 0 at its ends (and beyond), on a log scale: 2× off counts the same either way.
    areaFit: 1 - Math.abs(Math.log(site.area / Math.sqrt(min * max))) / Math.log(Math.sqrt(max / min)),
    // Available now 1, falling linearly to 0 a year out; reserved or taken 0.
    readiness: site.availability === 'AVAILABLE' ? 1 - availableIn / 365 : 0,
    // The park is known for the segment's industry (clusters: suppliers, skills, services nearby).
    parkFocus: focus.includes(needs.industryId) ? 1 : 0,
    // Energy quota beyond the minimum: 1 at twice the need or more; 1 when the class needs none.
    quotaHeadroom: needs.minEnergyQuota > 0 ? site.energyQuota / (2 * needs.minEnergyQuota) : 1,
  };
  const scored = explain(values, weights);
  return { fits, checks: [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)], ...scored };
}
