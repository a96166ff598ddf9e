import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlausibility, INDUSTRY_IDS, industryOf, kindOf, leafIds, MINIMUMS } from '@atlas/domain';
import { readCrosswalk, readIndustryDefinitions } from '@atlas/graph';
import { describe, expect, it } from 'vitest';
import { readVocabulary } from '../../packages/register/src/index';

const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));

describe('data/industries', () => {
  // Throws with every schema, reference, DAG and connectivity problem, naming the file.
  const definitions = readIndustryDefinitions(industriesDir);

  it('defines exactly the seven contract industries', () => {
    expect(definitions.map((d) => d.industry.id).sort()).toEqual([...INDUSTRY_IDS].sort());
  });

  it.each(INDUSTRY_IDS)('%s meets the minimums of docs/design.md §3.3', (id) => {
    const definition = definitions.find((d) => d.industry.id === id);
    if (!definition) throw new Error(`no data for ${id}`);
    const leaves = leafIds(definition);
    expect(leaves.size).toBeGreaterThanOrEqual(MINIMUMS.leafSegments);
    expect(definition.technologies.length).toBeGreaterThanOrEqual(MINIMUMS.technologies);
    expect(definition.keyLinks.length).toBeGreaterThanOrEqual(MINIMUMS.keyLinks);
    const tiers = new Set(definition.segments.filter((s) => leaves.has(s.id)).map((s) => s.tier));
    expect([...tiers].sort()).toEqual(['downstream', 'midstream', 'upstream']);
    for (const s of definition.segments) expect(s.nameEn.length, `${s.id} has an English name`).toBeGreaterThan(0);
  });
});

describe('HS 2022 crosswalk', () => {
  const hs = new Set(
    readFileSync(fileURLToPath(new URL('../../data/reference/hs2022.csv', import.meta.url)), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[1]),
  );

  it('names only codes that exist in HS 2022', () => {
    const unknown = readIndustryDefinitions(industriesDir).flatMap((d) =>
      d.segments.flatMap((s) => s.hsCodes.filter((code) => !hs.has(code)).map((code) => `${s.id}: ${code}`)),
    );
    expect(hs.size).toBeGreaterThan(6000);
    expect(unknown).toEqual([]);
  });
});

describe('企业挂链 vocabulary (vocabulary.yaml)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));

  it('is valid: schema, an entry for every leaf and no other id, no generic or repeated terms', () => {
    // Throws naming file, line and field of every problem (rules in data/industries/FORMAT.md).
    const vocabulary = readVocabulary(root);
    expect(vocabulary.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('covers every leaf segment of every industry', () => {
    expect(readVocabulary(root).missing).toEqual([]);
  });
});

describe('the 2026-12 domain review stays applied (data/industries/REVIEW.md)', () => {
  const definitions = readIndustryDefinitions(industriesDir);
  const segments = new Map(definitions.flatMap((d) => d.segments.map((s) => [s.id, s])));
  const feeds = definitions.flatMap((d) => d.feeds.map(([a, b]) => `${a} -> ${b}`));

  it.each(INDUSTRY_IDS)('%s: every leaf has a unit that fits it, and no product feeds a producer service', (id) => {
    const definition = definitions.find((d) => d.industry.id === id);
    if (!definition) throw new Error(`no data for ${id}`);
    const leaves = leafIds(definition);
    expect([...leaves].filter((leaf) => !segments.get(leaf)?.unit)).toEqual([]);
    expect(checkPlausibility(definition, leaves)).toEqual([]);
  });

  it('runs service edges from the service to the producer it serves', () => {
    for (const reversed of [
      'icv.passenger-vehicle -> icv.testing',
      'icv.ad-software -> icv.testing',
      'icv.passenger-vehicle -> icv.charging',
      'lowalt.evtol -> lowalt.flight-test',
      'lowalt.cargo-uav -> lowalt.flight-test',
      'lowalt.vtol-fixed-wing -> lowalt.flight-test',
    ])
      expect(feeds).not.toContain(reversed);
    for (const service of ['icv.testing', 'lowalt.flight-test', 'lowalt.airworthiness', 'chem.tic', 'bio.cro'])
      expect(kindOf(segments.get(service) ?? {}), service).toBe('service');
    expect(feeds).toContain('icv.testing -> icv.passenger-vehicle');
    expect(feeds).toContain('lowalt.flight-test -> lowalt.evtol');
    expect(feeds).toContain('lowalt.airworthiness -> lowalt.cargo-uav');
  });

  it('counts chips in 颗, chemicals in 吨, vehicles in 辆 and aircraft in 架', () => {
    const unit = (id: string) => segments.get(id)?.unit;
    expect([unit('icv.mcu'), unit('software.ai-chip'), unit('lowalt.chips')]).toEqual(['颗', '颗', '颗']);
    expect([unit('chem.isocyanates'), unit('chem.chlor-alkali'), unit('icv.lithium')]).toEqual(['吨', '吨', '吨']);
    expect([unit('icv.passenger-vehicle'), unit('energy.fcv'), unit('lowalt.evtol')]).toEqual(['辆', '辆', '架']);
  });

  it("carries Jinshan's own chemistry and the chains the review found missing", () => {
    for (const id of [
      'chem.chlor-alkali',
      'chem.industrial-gases',
      'chem.isocyanates',
      'chem.synthetic-fibres',
      'icv.interior-exterior',
      'icv.sensing-chips',
      'energy.h2-bop',
      'energy.grid-equipment',
    ])
      expect(segments.has(id), id).toBe(true);
    expect(feeds).toContain('energy.pv-plant -> energy.green-h2');
    expect(feeds).toContain('chem.isocyanates -> chem.pu-epoxy');
    expect(feeds).not.toContain('chem.nitrogen-monomers -> chem.pu-epoxy');
  });

  it('keeps single_source for one supplier: several foreign suppliers are import_dependency', () => {
    const keyLinks = new Map(definitions.flatMap((d) => d.keyLinks.map((k) => [k.id, k])));
    expect(keyLinks.get('icv.k.lithium-supply')?.bottleneck).toBe('import_dependency');
    expect(keyLinks.get('bio.k.single-use')?.bottleneck).toBe('import_dependency');
    expect(keyLinks.get('energy.k.pem-membrane')?.bottleneck).toBe('chokepoint_tech');
    expect(keyLinks.get('icv.k.sic-substrate')).toMatchObject({
      segment: 'icv.power-semi',
      bottleneck: 'chokepoint_tech',
    });
  });
});

describe('crosswalk.yaml (segments shared across industries)', () => {
  // Throws naming file, line and field of every problem: unknown ids, parents, one-industry groups, cycles.
  const crosswalk = readCrosswalk(industriesDir);

  it('groups leaves of at least two industries, each segment in one group at most', () => {
    for (const group of crosswalk.sameAs)
      expect(new Set(group.segments.map(industryOf)).size, group.id).toBeGreaterThanOrEqual(2);
    const all = crosswalk.sameAs.flatMap((g) => g.segments);
    expect(new Set(all).size).toBe(all.length);
  });

  it('names the review’s shared segments: carbon fibre ×3, chargers, power chips, BMS, fuel cells, vehicle software', () => {
    const group = (id: string) => crosswalk.sameAs.find((g) => g.id === id)?.segments;
    expect(group('carbon-fibre')).toEqual(['chem.carbon-fibre', 'energy.carbon-fibre', 'lowalt.carbon-fibre']);
    expect(group('chargers')).toContain('energy.charging-equipment');
    expect(group('power-semiconductors')).toContain('icv.power-semi');
    expect(group('battery-management')).toEqual(['icv.bms', 'energy.bms']);
    expect(group('fuel-cell-systems')).toContain('lowalt.fuel-cell');
    expect(group('vehicle-software')).toContain('software.icv-software');
  });

  it('runs cross-industry feeds between two industries', () => {
    expect(crosswalk.feeds.length).toBeGreaterThan(0);
    for (const [from, to] of crosswalk.feeds) expect(industryOf(from)).not.toBe(industryOf(to));
  });
});
