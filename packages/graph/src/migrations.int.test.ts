import { describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../test/helpers/graph';
import { migrate, SCHEMA_STATEMENTS } from './migrations';

describe('migrations', () => {
  const executor = testExecutor();

  it('are idempotent and leave every index online', async () => {
    const first = await migrate(executor);
    const second = await migrate(executor);
    expect(second).toEqual(first);
    expect(second.indexesOnline).toBe(true);
  });

  it('create the uniqueness constraints and the cjk full-text index', async () => {
    const constraints = await executor.read<{ name: string }>('test', 'SHOW CONSTRAINTS YIELD name RETURN name');
    const names = constraints.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['company_id_unique', 'company_uscc_unique', 'segment_id_unique']));
    const [fulltext] = await executor.read<{ analyzer: string }>(
      'test',
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'company_names' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(fulltext?.analyzer).toBe('cjk');
    expect(SCHEMA_STATEMENTS.length).toBeGreaterThan(names.filter((n) => n.endsWith('_unique')).length);
  });

  it('refuse a second company with the same USCC', async () => {
    const scope = testScope('migrations');
    const uscc = `${scope.prefix}-uscc`;
    await executor.write('test', 'CREATE (:Company {id: $id, uscc: $uscc})', { id: scope.id('a'), uscc });
    await expect(
      executor.write('test', 'CREATE (:Company {id: $id, uscc: $uscc})', { id: scope.id('b'), uscc }),
    ).rejects.toThrow(/already exists/);
    await scope.cleanup(executor);
  });
});
