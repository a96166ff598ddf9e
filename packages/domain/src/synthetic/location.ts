import { CHEMICAL_PARK_IDS, JINSHAN_PARKS, JINSHAN_TOWNS, OTHER_SHANGHAI_PARKS, type SyntheticPark } from './parks';
import { BAND_SHARES, type Band, JINSHAN_REGION_CODE, PLACES, type Place } from './places';
import { type Rng, sampler } from './prng';

/** Where one firm is: the company row's location fields, plus what its name and USCC need. */
export interface FirmLocation {
  country: string;
  province: string;
  city: string;
  district: string | null;
  park: string | null;
  lat: number;
  lon: number;
  regionCode: string;
  short: [zh: string, en: string];
  foreign: boolean;
}

/** Places known for an industry are this many times likelier homes for its firms. */
const FOCUS_BOOST = 4;
const pickBandEntry = sampler(BAND_SHARES, (b) => b.share);

export function pickBand(rng: Rng): Band | 'jinshan' {
  return pickBandEntry(rng).band;
}

/** Samplers per industry, built on first use: a million firms should not recompute the same weights. */
const parkSamplers = new Map<string, (rng: Rng) => SyntheticPark>();
const placeSamplers = new Map<string, (rng: Rng) => Place>();
const suitedParks = new Map<string, readonly SyntheticPark[]>();

function parkSampler(industryId: string): (rng: Rng) => SyntheticPark {
  let pick = parkSamplers.get(industryId);
  if (!pick) {
    pick = sampler(JINSHAN_PARKS, (p) => (p.focus.includes(industryId) ? FOCUS_BOOST * 3 : 1));
    parkSamplers.set(industryId, pick);
  }
  return pick;
}

function placeSampler(industryId: string, band: Band): (rng: Rng) => Place {
  const key = `${industryId}:${band}`;
  let pick = placeSamplers.get(key);
  if (!pick) {
    const places = PLACES.filter((p) => p.band === band);
    pick = sampler(places, (p) => (p.focus?.includes(industryId) ? FOCUS_BOOST : 1));
    placeSamplers.set(key, pick);
  }
  return pick;
}

function shanghaiParksFor(industryId: string): readonly SyntheticPark[] {
  let parks = suitedParks.get(industryId);
  if (!parks) {
    parks = OTHER_SHANGHAI_PARKS.filter((p) => p.focus.includes(industryId));
    suitedParks.set(industryId, parks);
  }
  return parks;
}

/** A Jinshan address: mostly in a park that suits the industry, sometimes in a town outside the parks. */
export function jinshanLocation(rng: Rng, industryId: string, inParkChance = 0.85): FirmLocation {
  const base = {
    country: '中国',
    province: '上海市',
    city: '上海市',
    district: '金山区',
    regionCode: JINSHAN_REGION_CODE,
    short: ['金山', 'Jinshan'] as [string, string],
    foreign: false,
  };
  if (rng.chance(inParkChance)) {
    const park = parkSampler(industryId)(rng);
    return { ...base, park: park.name, ...jitter(rng, park.lat, park.lon, 0.006) };
  }
  const town = rng.pick(JINSHAN_TOWNS);
  return { ...base, park: null, ...jitter(rng, town.lat, town.lon, 0.012) };
}

const CHEMICAL_PARKS = JINSHAN_PARKS.filter((p) => CHEMICAL_PARK_IDS.has(p.id));

/** A Jinshan address inside a recognised chemical park: where new hazardous-chemical production has to be. */
export function chemicalParkLocation(rng: Rng): FirmLocation {
  const park = rng.pick(CHEMICAL_PARKS);
  return {
    country: '中国',
    province: '上海市',
    city: '上海市',
    district: '金山区',
    regionCode: JINSHAN_REGION_CODE,
    short: ['金山', 'Jinshan'],
    foreign: false,
    park: park.name,
    ...jitter(rng, park.lat, park.lon, 0.006),
  };
}

export function locate(rng: Rng, industryId: string, band: Band | 'jinshan'): FirmLocation {
  if (band === 'jinshan') return jinshanLocation(rng, industryId);
  const place = placeSampler(industryId, band)(rng);
  let park: SyntheticPark | undefined;
  if (band === 'shanghai' && rng.chance(0.4)) {
    const suited = shanghaiParksFor(industryId);
    if (suited.length) park = rng.pick(suited);
  }
  const spot = park ? { district: park.district, ...jitter(rng, park.lat, park.lon, 0.008) } : undefined;
  return {
    country: place.country,
    province: place.province,
    city: place.city,
    district: spot?.district ?? place.district,
    park: park?.name ?? null,
    ...(spot ?? jitter(rng, place.lat, place.lon, place.band === 'world' ? 0.05 : 0.03)),
    regionCode: spot ? regionOfDistrict(spot.district) : place.regionCode,
    short: [place.short, place.shortEn],
    foreign: place.country !== '中国',
  };
}

function regionOfDistrict(district: string): string {
  return PLACES.find((p) => p.district === district)?.regionCode ?? '310000';
}

/** Spreads firms around a point; rounded to 5 decimals (~1 m) so output stays byte-stable and compact. */
function jitter(rng: Rng, lat: number, lon: number, spread: number): { lat: number; lon: number } {
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return { lat: round(lat + (rng.next() - 0.5) * 2 * spread), lon: round(lon + (rng.next() - 0.5) * 2 * spread) };
}
