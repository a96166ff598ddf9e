import { randomBytes } from 'node:crypto';
import { listSnapshots } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../test/helpers/chain-fixture';
import { testExecutor, testScope } from '../../../test/helpers/graph';
import { readApiConfig } from './config';
import { startSnapshotSchedule } from './snapshot-schedule';

const DAY = 24 * 60 * 60 * 1000;

describe('ATLAS_SNAPSHOT_EVERY', () => {
  it('is off in demo and 30 days in production unless set; bad values name the variable', () => {
    const production = {
      ATLAS_MODE: 'production',
      ATLAS_JWT_SECRET: randomBytes(48).toString('base64'),
      ATLAS_PUBLIC_HOST: 'a.example',
    };
    expect(readApiConfig({}).snapshotEveryMs).toBeNull();
    expect(readApiConfig({ ATLAS_SNAPSHOT_EVERY: '7d' }).snapshotEveryMs).toBe(7 * DAY);
    expect(readApiConfig(production).snapshotEveryMs).toBe(30 * DAY);
    expect(readApiConfig({ ...production, ATLAS_SNAPSHOT_EVERY: 'off' }).snapshotEveryMs).toBeNull();
    expect(() => readApiConfig({ ATLAS_SNAPSHOT_EVERY: 'monthly' })).toThrow(/ATLAS_SNAPSHOT_EVERY "monthly" must be/);
  });
});

describe('the snapshot schedule in the API process', () => {
  const executor = testExecutor();
  const scope = testScope('snapshot-schedule');
  const fx = chainFixture(scope);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  it('takes a set when none is newer than the interval, once, even with two replicas checking together', async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), error: (line: string) => lines.push(`✖ ${line}`) };
    const options = { industryIds: [fx.industryId], checkEveryMs: DAY };
    // Both "replicas" run their start-up check at once.
    const first = startSnapshotSchedule(executor, 30 * DAY, log, options);
    const second = startSnapshotSchedule(executor, 30 * DAY, log, options);
    try {
      await Promise.all([first.check(), second.check()]);
      const sets = new Set((await listSnapshots(executor, fx.industryId)).map((s) => s.setId));
      expect(sets.size).toBe(1);
      const snapshots = await listSnapshots(executor, fx.industryId);
      expect(snapshots.map((s) => [s.radius, s.label])).toEqual(
        ['JINSHAN', 'SHANGHAI', 'YRD', 'CHINA', 'WORLD'].map((r) => [r, 'auto']),
      );
      expect(lines.some((l) => l.startsWith('snapshots stored: 5'))).toBe(true);
      expect(lines.filter((l) => l.startsWith('✖'))).toEqual([]);

      // Within the interval a later check writes nothing; 31 days on, it takes the next set.
      await first.check();
      expect(await listSnapshots(executor, fx.industryId)).toHaveLength(5);
      const later = startSnapshotSchedule(executor, 30 * DAY, log, {
        ...options,
        now: () => new Date(Date.now() + 31 * DAY),
      });
      await later.check();
      later.stop();
      expect(await listSnapshots(executor, fx.industryId)).toHaveLength(10);
    } finally {
      first.stop();
      second.stop();
    }
  });
});
