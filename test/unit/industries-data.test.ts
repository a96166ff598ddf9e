import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INDUSTRY_IDS, leafIds, MINIMUMS } from '@atlas/domain';
import { readIndustryDefinitions } from '@atlas/graph';
import { describe, expect, it } from 'vitest';

const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));

describe('data/industries', () => {
  // Throws with every schema, reference, DAG and connectivity problem, naming the file.
  const definitions = readIndustryDefinitions(industriesDir);

  it('defines exactly the seven contract industries', () => {
    expect(definitions.map((d) => d.industry.id).sort()).toEqual([...INDUSTRY_IDS].sort());
  });

  it.each(INDUSTRY_IDS)('%s meets the minimums of DESIGN §3.3', (id) => {
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
