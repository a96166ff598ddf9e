import type { CapabilityRow, CertificationRow, CompanyRow, CompanySize, HoldsRow } from '../enterprise/rows';
import { syntheticUscc } from './codes';
import type { FirmLocation } from './location';
import { companyName } from './names';
import type { IndustryPlan } from './plan';
import type { Rng } from './prng';
import { profileOf, SIZE_TRAITS } from './profiles';

/** One firm before it becomes rows: who it is, where, and which leaf segments it works in. */
export interface FirmDraft {
  index: number;
  plan: IndustryPlan;
  size: CompanySize;
  chainLeader: boolean;
  location: FirmLocation;
  segments: string[];
}

export interface FirmRows {
  company: CompanyRow;
  capabilities: CapabilityRow[];
  certifications: CertificationRow[];
  holdings: HoldsRow[];
}

/**
 * Ids depend on the index alone, so the demo set and a bigger benchmark run share them and MERGE extends
 * rather than duplicates (the "syn-" prefix also keeps them apart from test data).
 */
export const companyId = (index: number): string => `syn-${String(index).padStart(7, '0')}`;

export function pickSize(rng: Rng): CompanySize {
  return rng.weighted(['large', 'medium', 'small', 'micro'] as const, (size) => SIZE_TRAITS[size].share);
}

export function buildFirm(draft: FirmDraft, rng: Rng): FirmRows {
  const { index, plan, size, chainLeader, location, segments } = draft;
  const traits = SIZE_TRAITS[size];
  const profile = profileOf(plan.id);
  const id = companyId(index);
  const { name, nameEn } = companyName({
    index,
    place: location.short,
    word: rng.pick(profile.words),
    size,
    foreign: location.foreign,
    rng,
  });
  const employees = chainLeader
    ? rng.int(...profile.leaders.employees)
    : Math.round(clamp(rng.logNormal(Math.sqrt(traits.employees[0] * traits.employees[1]), 0.6), ...traits.employees));
  const company: CompanyRow = {
    id,
    uscc: syntheticUscc(index, location.regionCode),
    name,
    nameEn,
    size,
    chainLeader,
    country: location.country,
    province: location.province,
    city: location.city,
    district: location.district,
    park: location.park,
    lat: location.lat,
    lon: location.lon,
    founded: rng.int(...(chainLeader ? profile.leaders.founded : traits.founded)),
    employees,
    creditScore: Math.round(clamp(rng.logNormal(size === 'large' ? 88 : 76, 0.1), 40, 99) * 10) / 10,
    synthetic: true,
    source: 'synthetic',
  };

  const scale = chainLeader ? 5 : 1;
  const capabilities: CapabilityRow[] = segments.map((segmentId) => ({
    companyId: id,
    segmentId,
    capacity: Math.max(1, Math.round((rng.logNormal(traits.capacity, 0.5) * scale) / segments.length)),
    products: [plan.segmentName.get(segmentId) ?? segmentId],
    source: 'synthetic',
    confidence: 0.9,
  }));

  const certifications: CertificationRow[] = profile.certifications
    .filter((cert) => rng.chance(cert.chance * (chainLeader ? 1 : traits.certFactor)))
    .map((cert) => ({ companyId: id, certification: cert.name }));

  const holdings: HoldsRow[] = [];
  const technologies = [...new Set(segments.flatMap((s) => plan.technologiesOf.get(s) ?? []))];
  for (const technologyId of technologies) {
    if (holdings.length >= 3 || !rng.chance(chainLeader ? 0.9 : traits.holdsChance)) continue;
    holdings.push({ companyId: id, technologyId, patents: rng.int(...traits.patents) * (chainLeader ? 4 : 1) });
  }
  return { company, capabilities, certifications, holdings };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
