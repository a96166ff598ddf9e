import { capabilityRowSchema, companyRowSchema, localityRing, RADII } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testUscc } from '../../../../test/fixtures/import/fixtures';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { movedToJinshan, ONE_PLACE_PER_RING } from '../../../../test/helpers/ring-places';
import { upsertCapabilities, upsertCompanies } from './enterprises';
import { repairOperationLocality } from './operation-locality';

// One firm per ring (and one with no country, which counts as China), each operating in the same segment.
const PLACES = ONE_PLACE_PER_RING;

describe('OPERATES_IN locality copies (industryId, ring)', () => {
  const executor = testExecutor();
  const scope = testScope('op-locality');
  const segmentId = scope.id('seg');
  const industryId = scope.id('industry');
  const companies = PLACES.map((p, i) =>
    companyRowSchema.parse({
      id: scope.id(p.key),
      uscc: testUscc(scope.prefix, i + 1),
      name: `示例${p.key}`,
      size: 'small',
      province: p.province,
      ...('district' in p ? { district: p.district } : {}),
      ...('country' in p ? { country: p.country } : {}),
    }),
  );
  const rings = () =>
    executor.read<{ id: string; ring: number; industryId: string }>(
      'test',
      `MATCH (c:Company)-[o:OPERATES_IN]->(:Segment {id: $segmentId})
       RETURN c.id AS id, o.ring AS ring, o.industryId AS industryId ORDER BY id`,
      { segmentId },
    );
  // The independent answer: domain's localityRing of each firm's location, as a radius index.
  const expected = (rows: typeof companies) =>
    rows
      .map((c) => ({ id: c.id, ring: RADII.indexOf(localityRing(c)), industryId }))
      .sort((a, b) => a.id.localeCompare(b.id));

  let current = companies;

  beforeAll(async () => {
    await executor.write('test', 'CREATE (:Segment {id: $segmentId, industryId: $industryId, leaf: true})', {
      segmentId,
      industryId,
    });
  });
  afterAll(() => scope.cleanup(executor));

  it('are written with the edge, equal to domain localityRing', async () => {
    await executor.writeTx('test', async (tx) => {
      await upsertCompanies(tx, companies);
      await upsertCapabilities(
        tx,
        companies.map((c) => capabilityRowSchema.parse({ companyId: c.id, segmentId })),
      );
    });
    expect(await rings()).toEqual(expected(companies));
    expect((await rings()).map((r) => r.ring).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('follow a firm that moves', async () => {
    const moved = movedToJinshan(companies, scope.id('bavaria'));
    await executor.writeTx('test', (tx) => upsertCompanies(tx, moved));
    current = moved;
    const found = await rings();
    expect(found).toEqual(expected(moved));
    expect(found.find((r) => r.id === scope.id('bavaria'))?.ring).toBe(0);
  });

  it('are repaired where an edge was written without them', async () => {
    await executor.write('test', `MATCH (:Segment {id: $segmentId})<-[o:OPERATES_IN]-() REMOVE o.ring, o.industryId`, {
      segmentId,
    });
    expect(await repairOperationLocality(executor)).toBeGreaterThanOrEqual(companies.length);
    expect(await rings()).toEqual(expected(current));
  });
});
