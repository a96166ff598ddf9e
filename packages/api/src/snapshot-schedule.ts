import { createSnapshots, type GraphExecutor, industriesDueForSnapshot } from '@atlas/graph';

export const SNAPSHOT_CHECK_EVERY_MS = 60 * 60 * 1000;

export interface SnapshotScheduleLog {
  info(line: string): void;
  error(line: string, error: unknown): void;
}

export interface SnapshotSchedule {
  /** One check now (also what the timer runs); resolves when it is done. */
  check(): Promise<void>;
  stop(): void;
}

/**
 * ATLAS_SNAPSHOT_EVERY in the API process (docs/snapshots.md): on start and hourly, snapshot every industry whose
 * newest snapshot is older than the interval, at every radius, labelled `auto`. Replicas need no coordination:
 * each checks the newest snapshot first, and `createSnapshots` checks again under the industry's write lock, so
 * a second replica waking at the same moment writes nothing for that interval.
 */
export function startSnapshotSchedule(
  executor: GraphExecutor,
  everyMs: number,
  log: SnapshotScheduleLog,
  options: { checkEveryMs?: number; now?: () => Date; industryIds?: readonly string[] } = {},
): SnapshotSchedule {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  const check = () => {
    running ??= takeDueSnapshots().finally(() => {
      running = null;
    });
    return running;
  };
  async function takeDueSnapshots(): Promise<void> {
    try {
      const since = new Date(now().getTime() - everyMs);
      const due = await industriesDueForSnapshot(executor, since, options.industryIds);
      if (due.length === 0) return;
      log.info(`snapshots due for ${due.join(', ')} (none newer than ${since.toISOString()})`);
      const { created, skipped } = await createSnapshots(executor, {
        industryIds: due,
        label: 'auto',
        skipIfNewerThan: since,
      });
      log.info(
        `snapshots stored: ${created.length}` +
          (skipped.length ? `; skipped (taken meanwhile): ${skipped.join(', ')}` : ''),
      );
    } catch (error) {
      log.error('scheduled snapshot failed; next try in an hour', error);
    }
  }
  const timer = setInterval(() => void check(), options.checkEveryMs ?? SNAPSHOT_CHECK_EVERY_MS);
  timer.unref();
  void check();
  return { check, stop: () => clearInterval(timer) };
}
