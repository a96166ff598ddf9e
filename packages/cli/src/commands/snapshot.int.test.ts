import { listSnapshots } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { createSnapshotCommand } from './snapshot';

describe('atlas snapshot (real Neo4j)', () => {
  const executor = testExecutor();
  const scope = testScope('cli-snapshot');
  const fx = chainFixture(scope);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  async function atlasSnapshot(args: string[]) {
    const lines: string[] = [];
    const command = createSnapshotCommand(async () => ({ executor, close: async () => {} }));
    const code = await command.run(args, (line) => lines.push(line));
    return { code, out: lines.join('\n') };
  }

  it('creates a labelled snapshot of one industry at one radius with progress, then lists it', async () => {
    const created = await atlasSnapshot([
      'create',
      '--label',
      '2026Q4',
      '--industry',
      fx.industryId,
      '--radius',
      'YRD',
    ]);
    expect(created.code).toBe(0);
    expect(created.out).toContain(`${fx.industryId} YRD: reading…`);
    expect(created.out).toMatch(/✔ 1 snapshot\(s\) of 1 industry stored in [\d.]+ s as "2026Q4"/);
    const [stored] = await listSnapshots(executor, fx.industryId);
    expect(stored).toMatchObject({ radius: 'YRD', label: '2026Q4' });

    const listed = await atlasSnapshot(['list', '--industry', fx.industryId]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`${fx.industryId} YRD      2026Q4       coverage 100.0%`);
    expect(listed.out).toContain('1 snapshot(s) of');
  });

  it('refuses bad arguments with the usage and an unknown industry with one line', async () => {
    expect(await atlasSnapshot(['take'])).toMatchObject({
      code: 2,
      out: expect.stringContaining('expected create or list'),
    });
    expect((await atlasSnapshot(['create', '--radius', 'MARS'])).out).toContain('--radius must be one of JINSHAN');
    expect((await atlasSnapshot(['create', '--label'])).out).toContain('--label needs a value');
    expect((await atlasSnapshot(['list', '--label', 'x'])).out).toContain('list takes --industry only');
    expect(await atlasSnapshot(['create', '--industry', scope.id('none')])).toEqual({
      code: 1,
      out: `✖ no industry ${scope.id('none')}`,
    });
  });
});
