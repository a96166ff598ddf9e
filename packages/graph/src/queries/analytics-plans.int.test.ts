import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { analyticsQueries, FULL_SCAN_OPERATORS } from './analytics-plans';

interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const operators = (plan: Plan): Plan[] => [plan, ...plan.children.flatMap(operators)];

describe('plans of the analytics queries (docs/analytics.md, PROFILE check)', () => {
  const executor = testExecutor();
  const scope = testScope('analytics-plans');
  const fx = chainFixture(scope);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  const queries = analyticsQueries({
    industryIds: [fx.industryId],
    segmentIds: [fx.id('a'), fx.id('P')],
    companyId: fx.id('J2'),
    scenario: { attract: [fx.id('K1')], remove: [fx.id('G1')] },
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s starts from an index, never a full scan', async (_n, q) => {
    const plan = await executor.readTx(
      'test-explain',
      async (tx) => (await tx.run(`EXPLAIN ${q.cypher}`, q.params)).summary.plan as unknown as Plan,
    );
    const types = operators(plan).map((o) => o.operatorType.split('@')[0] ?? '');
    expect(types.filter((t) => (FULL_SCAN_OPERATORS as readonly string[]).includes(t))).toEqual([]);
    expect(types.some((t) => /^Node(Unique)?IndexSeek$/.test(t))).toBe(true);
  });
});
