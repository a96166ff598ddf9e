import { fileURLToPath } from 'node:url';
import {
  CHEMICAL_PARK_IDS,
  capabilityRowSchema,
  certificationRowSchema,
  companyRowSchema,
  demandRowSchema,
  type EnterpriseBatch,
  generateEnterpriseBatches,
  generateEnterprises,
  holdsRowSchema,
  INDUSTRY_PROFILES,
  isLocalAt,
  isValidUscc,
  JINSHAN_PARKS,
  JINSHAN_TOWNS,
  leafIds,
  parkRowSchema,
  planSynthetic,
  supplyRowSchema,
  syntheticCompanyId,
} from '@atlas/domain';
import { readCrosswalk, readIndustryDefinitions } from '@atlas/graph';
import { describe, expect, it } from 'vitest';

const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));
const industries = readIndustryDefinitions(industriesDir);
const rows = generateEnterprises({ industries, size: 3000 });

/** Jinshan firms per leaf segment, computed straight from the rows (docs/design.md §4.1 at radius JINSHAN). */
function localFirmsPerSegment(data: EnterpriseBatch): Map<string, number> {
  const local = new Set(data.companies.filter((c) => isLocalAt(c, 'JINSHAN')).map((c) => c.id));
  const counts = new Map<string, number>();
  for (const c of data.capabilities)
    if (local.has(c.companyId)) counts.set(c.segmentId, (counts.get(c.segmentId) ?? 0) + 1);
  return counts;
}

/** The part of a zod schema used here (the test package does not depend on zod itself). */
interface RowSchema {
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: Array<{ message: string }> } };
}

function invalidRows(schema: RowSchema, list: readonly unknown[]): string[] {
  return list.flatMap((row, i) => {
    const result = schema.safeParse(row);
    if (!result.success) return [`${i}: ${result.error?.issues[0]?.message}`];
    return JSON.stringify(result.data) === JSON.stringify(row) ? [] : [`${i}: parsing changed the row`];
  });
}

describe('generateEnterprises', () => {
  it('is deterministic: same seed and size give byte-identical rows, another seed does not', () => {
    const again = generateEnterprises({ industries, size: 3000 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(rows));
    const other = generateEnterprises({ industries, size: 3000, seed: 8 });
    expect(JSON.stringify(other.companies)).not.toBe(JSON.stringify(rows.companies));
  });

  it('makes a smaller run a prefix of a larger one, so the benchmark extends the demo set', () => {
    const small = generateEnterprises({ industries, size: 1000 });
    const ids = new Set(small.companies.map((c) => c.id));
    expect(rows.companies.slice(0, 1000)).toEqual(small.companies);
    expect(rows.supplies.filter((s) => ids.has(s.supplierId))).toEqual(small.supplies);
    expect(rows.demands).toEqual(small.demands);
  });

  it('streams the same rows in batches', () => {
    const batches = [...generateEnterpriseBatches({ industries, size: 3000, batchSize: 700 })];
    expect(batches.length).toBe(5);
    expect(batches.every((b) => b.companies.length <= 700)).toBe(true);
    expect(batches.flatMap((b) => b.companies)).toEqual(rows.companies);
    expect(batches.flatMap((b) => b.supplies)).toEqual(rows.supplies);
  });

  it('produces rows every schema accepts unchanged', () => {
    expect(invalidRows(companyRowSchema, rows.companies)).toEqual([]);
    expect(invalidRows(capabilityRowSchema, rows.capabilities)).toEqual([]);
    expect(invalidRows(supplyRowSchema, rows.supplies)).toEqual([]);
    expect(invalidRows(certificationRowSchema, rows.certifications)).toEqual([]);
    expect(invalidRows(holdsRowSchema, rows.holdings)).toEqual([]);
    expect(invalidRows(parkRowSchema, rows.parks)).toEqual([]);
    expect(invalidRows(demandRowSchema, rows.demands)).toEqual([]);
  });

  it('marks every firm synthetic, names it 示例 and gives it a unique valid USCC', () => {
    expect(rows.companies.length).toBe(3000);
    expect(rows.companies.filter((c) => !isValidUscc(c.uscc))).toEqual([]);
    expect(new Set(rows.companies.map((c) => c.uscc)).size).toBe(3000);
    expect(new Set(rows.companies.map((c) => c.id)).size).toBe(3000);
    for (const c of rows.companies) {
      expect(c.synthetic && c.source === 'synthetic').toBe(true);
      expect(c.name.startsWith('示例·')).toBe(true);
    }
    expect(rows.companies.filter((c) => c.district === '金山区').every((c) => c.uscc.slice(2, 8) === '310116')).toBe(
      true,
    );
  });

  it('mixes sizes like real firm data and places firms from Jinshan to abroad', () => {
    const share = (size: string) => rows.companies.filter((c) => c.size === size).length / rows.companies.length;
    expect(share('micro')).toBeGreaterThan(share('small'));
    expect(share('small')).toBeGreaterThan(share('medium'));
    expect(share('medium')).toBeGreaterThan(share('large'));
    expect(share('large')).toBeLessThan(0.05);
    const radii = (['JINSHAN', 'SHANGHAI', 'YRD', 'CHINA'] as const).map(
      (r) => rows.companies.filter((c) => isLocalAt(c, r)).length,
    );
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(rows.companies.some((c) => c.country !== '中国')).toBe(true);
    expect(rows.companies.filter((c) => c.park === '华东无人机基地').length).toBeGreaterThan(10);
  });

  it.each(industries.map((d) => [d.industry.id, d] as const))(
    '%s: ≥ 3 MISSING, ≥ 3 WEAK and mostly STRONG segments in Jinshan, ≥ 2 Jinshan chain leaders',
    (_id, definition) => {
      const locals = localFirmsPerSegment(rows);
      const leaves = [...leafIds(definition)];
      const status = (s: string) => {
        const n = locals.get(s) ?? 0;
        return n === 0 ? 'MISSING' : n < 3 ? 'WEAK' : 'STRONG';
      };
      const count = (wanted: string) => leaves.filter((s) => status(s) === wanted).length;
      expect(count('MISSING')).toBeGreaterThanOrEqual(3);
      expect(count('WEAK')).toBeGreaterThanOrEqual(3);
      expect(count('STRONG')).toBeGreaterThan(leaves.length * 0.7);
      // Some gaps sit on key links, as in the real plan.
      const keyLinked = new Set(definition.keyLinks.map((k) => k.segment));
      expect(leaves.some((s) => status(s) === 'MISSING' && keyLinked.has(s))).toBe(true);
      expect(leaves.some((s) => status(s) === 'WEAK' && keyLinked.has(s))).toBe(true);

      const segmentsOf = (companyId: string) =>
        rows.capabilities.filter((c) => c.companyId === companyId).map((c) => c.segmentId);
      const tierOf = new Map(definition.segments.map((s) => [s.id, s.tier]));
      const leaders = rows.companies.filter(
        (c) => c.chainLeader && isLocalAt(c, 'JINSHAN') && segmentsOf(c.id).some((s) => leaves.includes(s)),
      );
      expect(leaders.length).toBeGreaterThanOrEqual(2);
      // Upstream only where the industry's 链主 really are upstream (chem's cracker); never another industry's sink.
      const noRules: readonly string[] = [];
      const { first, never } = INDUSTRY_PROFILES[definition.industry.id]?.leaders ?? { first: noRules, never: noRules };
      for (const leader of leaders) {
        expect(leader.size).toBe('large');
        for (const s of segmentsOf(leader.id)) {
          if (!first.includes(s)) expect(tierOf.get(s), s).not.toBe('upstream');
          expect(never, s).not.toContain(s);
        }
      }
    },
  );

  it('operates only in leaf segments, with a capacity', () => {
    const leaves = new Set(industries.flatMap((d) => [...leafIds(d)]));
    expect(rows.capabilities.filter((c) => !leaves.has(c.segmentId))).toEqual([]);
    expect(rows.capabilities.every((c) => (c.capacity ?? 0) > 0)).toBe(true);
  });

  it('supplies along FEEDS, mostly to chain leaders', () => {
    const feeds = new Set(industries.flatMap((d) => d.feeds.map(([a, b]) => `${a}>${b}`)));
    const segments = new Map<string, Set<string>>();
    for (const c of rows.capabilities)
      segments.set(c.companyId, (segments.get(c.companyId) ?? new Set()).add(c.segmentId));
    const broken = rows.supplies.filter((s) => {
      const buyerSegments = [...(segments.get(s.buyerId) ?? [])];
      return (
        s.supplierId === s.buyerId ||
        !segments.get(s.supplierId)?.has(s.segmentId) ||
        !buyerSegments.some((b) => feeds.has(`${s.segmentId}>${b}`))
      );
    });
    expect(broken).toEqual([]);
    expect(rows.supplies.length).toBeGreaterThan(rows.companies.length);

    const leaders = new Set(rows.companies.filter((c) => c.chainLeader).map((c) => c.id));
    const total = rows.supplies.reduce((sum, s) => sum + s.annualValue, 0);
    const toLeaders = rows.supplies.filter((s) => leaders.has(s.buyerId)).reduce((sum, s) => sum + s.annualValue, 0);
    expect(toLeaders / total).toBeGreaterThan(0.5);
  });

  it('certifies firms per industry and lets them hold the technologies of their segments', () => {
    const industryOf = new Map(rows.capabilities.map((c) => [c.companyId, c.segmentId.split('.')[0]]));
    const certsIn = (industry: string) =>
      new Set(rows.certifications.filter((c) => industryOf.get(c.companyId) === industry).map((c) => c.certification));
    expect(certsIn('icv')).toContain('IATF 16949');
    // Drug GMP and food safety for bio, not the medical-device ISO 13485; CAAC certificates for lowalt.
    expect([...certsIn('bio')]).toEqual(expect.arrayContaining(['GMP', 'ISO 22000']));
    expect(certsIn('bio')).not.toContain('ISO 13485');
    expect([...certsIn('lowalt')]).toEqual(expect.arrayContaining(['CAAC TC/PC', 'AS9100']));
    expect(certsIn('chem')).toContain('安全生产许可证');
    expect([...certsIn('energy')]).toEqual(expect.arrayContaining(['特种设备制造许可(TS)', 'IEC 62619']));
    expect([...certsIn('software')]).toEqual(expect.arrayContaining(['DCMM', 'ITSS']));
    expect(certsIn('icv')).not.toContain('GMP');
    const lowaltFirms = rows.companies.filter((c) => industryOf.get(c.id) === 'lowalt').map((c) => c.id);
    const as9100 = new Set(rows.certifications.filter((c) => c.certification === 'AS9100').map((c) => c.companyId));
    expect(lowaltFirms.filter((id) => as9100.has(id)).length / lowaltFirms.length).toBeLessThan(0.25);

    const enables = new Map(industries.flatMap((d) => d.technologies.map((t) => [t.id, new Set(t.enables)] as const)));
    const segments = new Map<string, string[]>();
    for (const c of rows.capabilities) segments.set(c.companyId, [...(segments.get(c.companyId) ?? []), c.segmentId]);
    expect(rows.holdings.length).toBeGreaterThan(100);
    for (const h of rows.holdings)
      expect(segments.get(h.companyId)?.some((s) => enables.get(h.technologyId)?.has(s))).toBe(true);
  });

  it('posts about twenty OPEN demands from chain leaders for segments that feed theirs', () => {
    const { anchors } = planSynthetic(industries);
    const leaders = new Map(anchors.filter((a) => a.chainLeader).map((a) => [syntheticCompanyId(a.index), a]));
    const orders = rows.demands.filter((d) => d.kind === 'ORDER');
    expect(orders.length).toBeGreaterThanOrEqual(15);
    expect(orders.length).toBeLessThanOrEqual(25);
    for (const demand of orders) {
      const leader = leaders.get(demand.posterId);
      expect(leader, demand.posterId).toBeDefined();
      expect(demand.status).toBe('OPEN');
      const inputs = leader?.segments.flatMap((s) => leader.plan.fedBy.get(s) ?? []) ?? [];
      expect(inputs).toContain(demand.segmentId);
    }
  });

  it('asks for Jinshan suppliers, in the unit of what is bought, never from an institution', () => {
    const segments = new Map(industries.flatMap((d) => d.segments.map((seg) => [seg.id, seg])));
    const orders = rows.demands.filter((d) => d.kind === 'ORDER');
    for (const demand of orders) {
      const segment = segments.get(demand.segmentId);
      expect(demand.unit, demand.segmentId).toBe(segment?.unit);
      expect(segment?.kind, demand.segmentId).not.toBe('institution');
      expect(['JINSHAN', 'SHANGHAI', 'YRD']).toContain(demand.radius);
    }
    expect(orders.filter((d) => d.radius === 'JINSHAN').length).toBeGreaterThan(orders.length / 4);
    // The review's "500 吨 of 车规MCU": chips are never weighed; and no one orders hundreds of stations or services.
    const mcu = segments.get('icv.mcu');
    expect(mcu?.unit).toBe('颗');
    for (const demand of orders) {
      if (demand.unit === '项' || demand.unit === '座') expect(demand.quantity, demand.title).toBeLessThanOrEqual(12);
      if (demand.unit === '架') expect(demand.quantity, demand.title).toBeLessThanOrEqual(60);
    }
  });

  it('opens one SCENARIO or INNOVATION demand per industry, naming technologies the roadmap links to its segment', () => {
    const enables = new Map(industries.flatMap((d) => d.technologies.map((t) => [t.id, new Set(t.enables)])));
    const kinds = rows.demands.filter((d) => d.kind !== 'ORDER');
    expect(new Set(kinds.map((d) => d.segmentId.split('.')[0])).size).toBe(7);
    expect(kinds.filter((d) => d.kind === 'SCENARIO').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((d) => d.kind === 'INNOVATION').length).toBeGreaterThanOrEqual(3);
    for (const demand of kinds) {
      expect(demand.wantedTechnologyIds.length, demand.id).toBeGreaterThan(0);
      for (const t of demand.wantedTechnologyIds) expect(enables.get(t)?.has(demand.segmentId), t).toBe(true);
      expect(demand.quantity).toBeNull();
    }
  });

  it('sizes and dates chain leaders per industry: no 30,000-staff drone 链主, no eVTOL maker from 1985', () => {
    const industryOfFirm = new Map(rows.capabilities.map((c) => [c.companyId, c.segmentId.split('.')[0] as string]));
    const leaders = rows.companies.filter((c) => c.chainLeader);
    expect(leaders.length).toBeGreaterThanOrEqual(21);
    for (const leader of leaders) {
      const traits = INDUSTRY_PROFILES[industryOfFirm.get(leader.id) ?? '']?.leaders;
      if (!traits) throw new Error(`no profile for ${leader.id}`);
      expect(leader.employees, leader.id).toBeGreaterThanOrEqual(traits.employees[0]);
      expect(leader.employees, leader.id).toBeLessThanOrEqual(traits.employees[1]);
      expect(leader.founded, leader.id).toBeGreaterThanOrEqual(traits.founded[0]);
      expect(leader.founded, leader.id).toBeLessThanOrEqual(traits.founded[1]);
    }
    const lowalt = leaders.filter((c) => industryOfFirm.get(c.id) === 'lowalt');
    expect(lowalt.length).toBeGreaterThan(0);
    for (const leader of lowalt) {
      expect(leader.employees).toBeLessThanOrEqual(3000);
      expect(leader.founded).toBeGreaterThanOrEqual(2015);
    }
    // chem's 链主 include the cracker, upstream, as in Jinshan.
    const leaderSegments = new Set(
      rows.capabilities.filter((c) => leaders.some((l) => l.id === c.companyId)).map((c) => c.segmentId),
    );
    expect(leaderSegments).toContain('chem.steam-cracking');
  });

  it('puts Jinshan chemical producers and hazardous energy firms only in chemical parks', () => {
    const chemicalParks = new Set(JINSHAN_PARKS.filter((p) => CHEMICAL_PARK_IDS.has(p.id)).map((p) => p.name));
    const segments = new Map(industries.flatMap((d) => d.segments.map((seg) => [seg.id, seg])));
    const hazardous = (id: string) => {
      const seg = segments.get(id);
      if (!seg) return false;
      if (['energy.byproduct-h2', 'energy.liquid-h2', 'energy.green-fuels-chem'].includes(id)) return true;
      return id.startsWith('chem.') && (seg.kind ?? 'goods') === 'goods' && seg.tier !== 'downstream';
    };
    const jinshan = new Map(rows.companies.filter((c) => isLocalAt(c, 'JINSHAN')).map((c) => [c.id, c]));
    const producers = [
      ...new Set(rows.capabilities.filter((c) => hazardous(c.segmentId) && jinshan.has(c.companyId))),
    ].map((c) => jinshan.get(c.companyId));
    expect(producers.length).toBeGreaterThan(100);
    expect(producers.filter((c) => !chemicalParks.has(c?.park ?? '')).map((c) => c?.id)).toEqual([]);
    // Non-hazardous Jinshan firms still live elsewhere too.
    expect([...jinshan.values()].filter((c) => !chemicalParks.has(c.park ?? '')).length).toBeGreaterThan(500);
  });

  it('lists each Jinshan park once, with 上海石化, and no merged or renamed park twice', () => {
    const names = JINSHAN_PARKS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['上海石化', '湾区生物医药港', '上海新型显示产业园', '上海化学工业区']),
    );
    // Merged into 金山工业区 (2010) and rebranded as 金山第二工业区: not separate parks.
    for (const gone of ['亭林工业区', '朱泾工业园区', '碳谷绿湾产业园', '上海化学工业区金山分区'])
      expect(names).not.toContain(gone);
    expect(JINSHAN_TOWNS.map((t) => t.name)).toContain('石化街道');
    expect(rows.parks.map((p) => p.name)).toEqual(expect.arrayContaining(['上海石化']));
  });

  it('places the makers of import-dependent key-link segments abroad far more often than other makers', () => {
    const { plans } = planSynthetic(industries);
    const dependent = new Set(plans.flatMap((p) => [...p.foreignShare.keys()]));
    expect(dependent).toContain('icv.mcu');
    const firm = new Map(rows.companies.map((c) => [c.id, c]));
    const abroadShare = (inDependent: boolean) => {
      const makers = rows.capabilities
        .filter((c) => dependent.has(c.segmentId) === inDependent)
        .map((c) => firm.get(c.companyId))
        .filter((c) => c && !isLocalAt(c, 'JINSHAN'));
      return makers.filter((c) => c?.country !== '中国').length / makers.length;
    };
    expect(abroadShare(true)).toBeGreaterThan(0.2);
    expect(abroadShare(false)).toBeLessThan(0.08);
  });

  it('supplies across industries along the crosswalk feeds when given them, and not otherwise', () => {
    const { feeds: crossFeeds } = readCrosswalk(industriesDir);
    const withCross = generateEnterprises({ industries, size: 3000, crossFeeds });
    const segmentsOf = new Map<string, Set<string>>();
    for (const c of withCross.capabilities)
      segmentsOf.set(c.companyId, (segmentsOf.get(c.companyId) ?? new Set()).add(c.segmentId));
    const crossPairs = new Set(crossFeeds.map(([a, b]) => `${a}>${b}`));
    const across = (data: EnterpriseBatch) =>
      data.supplies.filter((s) =>
        [...(segmentsOf.get(s.buyerId) ?? [])].some((b) => crossPairs.has(`${s.segmentId}>${b}`)),
      );
    const crossSupplies = across(withCross);
    expect(crossSupplies.length).toBeGreaterThan(10);
    expect(new Set(crossSupplies.map((s) => s.segmentId.split('.')[0])).size).toBeGreaterThanOrEqual(2);
    // Chemical-park hydrogen reaches the hydrogen firms.
    expect(crossSupplies.map((s) => s.segmentId)).toEqual(
      expect.arrayContaining(['chem.chlor-alkali', 'chem.steam-cracking']),
    );
    expect(withCross.companies).toEqual(rows.companies);
    expect(across(rows)).toEqual([]);
  });

  it('refuses a size smaller than the planted anchors', () => {
    expect(() => generateEnterprises({ industries, size: 10 })).toThrow(/at least/);
  });
});
