import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDUSTRY_IDS, leafIds, PLATFORM_KINDS, PLATFORMS_PER_INDUSTRY } from '@atlas/domain';
import { readIndustryDefinitions, readPlatformFiles } from '@atlas/graph';
import { afterAll, describe, expect, it } from 'vitest';

const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));

describe('data/industries/<id>/platforms.yaml', () => {
  const definitions = readIndustryDefinitions(industriesDir);
  // Throws with every schema and reference problem, naming file, line and field.
  const platforms = readPlatformFiles(industriesDir, definitions);

  it.each(INDUSTRY_IDS)('%s lists 3–8 platforms, each serving leaves of its own industry', (id) => {
    const own = platforms.filter((p) => p.industryId === id);
    expect(own.length).toBeGreaterThanOrEqual(PLATFORMS_PER_INDUSTRY.min);
    expect(own.length).toBeLessThanOrEqual(PLATFORMS_PER_INDUSTRY.max);
    const definition = definitions.find((d) => d.industry.id === id);
    if (!definition) throw new Error(`no chain for ${id}`);
    const leaves = leafIds(definition);
    for (const p of own) {
      expect(PLATFORM_KINDS).toContain(p.kind);
      for (const segmentId of p.serves) expect(leaves.has(segmentId), `${p.id} serves leaf ${segmentId}`).toBe(true);
    }
  });

  it('ids are unique across industries', () => {
    expect(new Set(platforms.map((p) => p.id)).size).toBe(platforms.length);
  });

  it('every planned entry cites the plan section that asks for it', () => {
    const planned = platforms.filter((p) => p.status === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    for (const p of planned) expect(p.source, p.id).toMatch(/^planned \(plan 三\(六\)\d/);
  });

  it.each(INDUSTRY_IDS)('%s names its source, licence and review in the header', (id) => {
    const text = readFileSync(join(industriesDir, id, 'platforms.yaml'), 'utf8');
    expect(text).toMatch(/licence: .*CC0/);
    expect(text).toMatch(/review: hand-written and reviewed/);
  });
});

describe('a broken platforms.yaml', () => {
  const copy = mkdtempSync(join(tmpdir(), 'atlas-platforms-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is refused with the file, line and field of each problem', () => {
    cpSync(join(industriesDir, 'chem'), join(copy, 'chem'), { recursive: true });
    const file = join(copy, 'chem', 'platforms.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('kind: PILOT_PLANT', 'kind: SPACEPORT')
      .replace('serves: [chem.tic,', 'serves: [chem.no-such-segment,');
    writeFileSync(file, text);
    const definitions = readIndustryDefinitions(industriesDir).filter((d) => d.industry.id === 'chem');
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(() => readPlatformFiles(copy, definitions)).toThrow(
      `${file}: line ${lineOf('kind: SPACEPORT')}: platforms.0.kind:`,
    );
    const fixed = text.replace('kind: SPACEPORT', 'kind: PILOT_PLANT');
    writeFileSync(file, fixed);
    expect(() => readPlatformFiles(copy, definitions)).toThrow(
      /platforms\.yaml: line \d+: platforms\.1 \(chem\.p\.tic-centre\): serves unknown segment chem\.no-such-segment/,
    );
  });
});
