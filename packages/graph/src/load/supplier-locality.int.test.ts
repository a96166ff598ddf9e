import { companyRowSchema, localityRing, RADII, supplyRowSchema } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testUscc } from '../../../../test/fixtures/import/fixtures';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { movedToJinshan, ONE_PLACE_PER_RING } from '../../../../test/helpers/ring-places';
import { upsertCompanies, upsertSupplies } from './enterprises';
import { repairSupplierRing } from './supplier-locality';

// One supplier per ring (and one with no country, which counts as China), each supplying the same buyer.
const PLACES = ONE_PLACE_PER_RING;

describe('SUPPLIES.supplierRing, the supplier-locality copy', () => {
  const executor = testExecutor();
  const scope = testScope('supplier-ring');
  const buyerId = scope.id('buyer');
  const firm = (key: string, i: number, place: Record<string, string>) =>
    companyRowSchema.parse({
      id: scope.id(key),
      uscc: testUscc(scope.prefix, i + 1),
      name: `示例${key}`,
      size: 'small',
      ...place,
    });
  const { key: _k, ...jinshan } = PLACES[0];
  const buyer = firm('buyer', PLACES.length, jinshan);
  const suppliers = PLACES.map(({ key, ...place }, i) => firm(key, i, place));
  const rings = () =>
    executor.read<{ id: string; ring: number }>(
      'test',
      `MATCH (c:Company)-[e:SUPPLIES]->(:Company {id: $buyerId}) RETURN c.id AS id, e.supplierRing AS ring ORDER BY id`,
      { buyerId },
    );
  // The independent answer: domain's localityRing of each supplier's location, as a radius index.
  const expected = (rows: typeof suppliers) =>
    rows.map((c) => ({ id: c.id, ring: RADII.indexOf(localityRing(c)) })).sort((a, b) => a.id.localeCompare(b.id));
  let current = suppliers;

  beforeAll(async () => {
    await executor.writeTx('test', async (tx) => {
      await upsertCompanies(tx, [buyer, ...suppliers]);
      await upsertSupplies(
        tx,
        suppliers.map((s) =>
          supplyRowSchema.parse({ supplierId: s.id, buyerId, segmentId: scope.id('seg'), annualValue: 1 }),
        ),
      );
    });
  });
  afterAll(() => scope.cleanup(executor));

  it('is written with the edge, equal to domain localityRing', async () => {
    const found = await rings();
    expect(found).toEqual(expected(suppliers));
    expect(found.map((r) => r.ring).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('follows a supplier that moves', async () => {
    const moved = movedToJinshan(suppliers, scope.id('bavaria'));
    await executor.writeTx('test', (tx) => upsertCompanies(tx, moved));
    current = moved;
    const found = await rings();
    expect(found).toEqual(expected(moved));
    expect(found.find((r) => r.id === scope.id('bavaria'))?.ring).toBe(0);
  });

  it('is repaired where an edge was written without it', async () => {
    await executor.write('test', 'MATCH (:Company {id: $buyerId})<-[e:SUPPLIES]-() REMOVE e.supplierRing', { buyerId });
    expect((await rings()).every((r) => r.ring === null)).toBe(true);
    expect(await repairSupplierRing(executor)).toBeGreaterThanOrEqual(suppliers.length);
    expect(await rings()).toEqual(expected(current));
  });
});
