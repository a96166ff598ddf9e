import { randomBytes } from 'node:crypto';
import {
  DEFAULT_MIN_CONFIDENCE,
  type IndustryKpis,
  parseSnapshotContent,
  RADII,
  type Radius,
  type SnapshotContent,
  type SnapshotSummary,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { run } from '../executor';
import { liveSnapshotContent } from './live-content';

export interface StoredSnapshot extends SnapshotSummary {
  content: SnapshotContent;
}

/** The snapshot (or the set's member at a radius) does not exist, or belongs to another industry. */
export class SnapshotNotFoundError extends Error {
  override name = 'SnapshotNotFoundError';
}

export const MAX_SNAPSHOT_LABEL = 60;

/** A label is optional; given, it is 1..60 characters after trimming. Returns a message when not. */
export function snapshotLabelProblem(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SNAPSHOT_LABEL)
    return `label must be 1..${MAX_SNAPSHOT_LABEL} characters`;
  return null;
}

export interface CreateSnapshotsOptions {
  /** Industries to snapshot; all loaded industries when absent. */
  industryIds?: readonly string[];
  /** Radii to snapshot; all five when absent. */
  radii?: readonly Radius[];
  label?: string | null;
  minConfidence?: number;
  now?: Date;
  /**
   * The scheduler's guard: skip an industry that has a snapshot newer than this. Checked inside the write, after
   * locking the industry, so two API replicas waking together write one set.
   */
  skipIfNewerThan?: Date;
  progress?: (line: string) => void;
}

export interface CreatedSnapshots {
  created: SnapshotSummary[];
  /** Industries skipped by `skipIfNewerThan`. */
  skipped: string[];
}

const SUMMARY = `n { .id, .setId, .industryId, .radius, .label, .createdAt, .minConfidence, .version, .kpis }`;

const LOCK_INDUSTRY = `MATCH (i:Industry {id: $industryId}) SET i.lastSnapshotAt = $createdAt RETURN i.id AS id`;

const NEWER_SNAPSHOTS = `MATCH (n:Snapshot {industryId: $industryId}) WHERE n.createdAt > $since RETURN count(n) AS newer`;

const CREATE_SNAPSHOTS = `UNWIND $snapshots AS s
  CREATE (n:Snapshot)
  SET n = s
  RETURN ${SUMMARY} AS snapshot`;

/**
 * Snapshots every asked industry at every asked radius: the readings first (read transactions), then one write
 * transaction per industry holding its whole set, so a set is stored entirely or not at all.
 */
export async function createSnapshots(
  executor: GraphExecutor,
  options: CreateSnapshotsOptions = {},
): Promise<CreatedSnapshots> {
  const problem = snapshotLabelProblem(options.label);
  if (problem) throw new RangeError(problem);
  const label = options.label?.trim() || null;
  const radii = options.radii?.length ? [...new Set(options.radii)] : [...RADII];
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const industryIds = options.industryIds?.length ? [...options.industryIds] : await allIndustryIds(executor);
  const known = new Set(await existingIndustries(executor, industryIds));
  const unknown = industryIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new SnapshotNotFoundError(`no industry ${unknown}`);

  const result: CreatedSnapshots = { created: [], skipped: [] };
  for (const industryId of industryIds) {
    const createdAt = (options.now ?? new Date()).toISOString();
    const setId = `${industryId}.snapshot.${createdAt.replace(/[-:.]/g, '')}${randomBytes(2).toString('hex')}`;
    const contents: SnapshotContent[] = [];
    for (const radius of radii) {
      options.progress?.(`${industryId} ${radius}: reading…`);
      contents.push(await liveSnapshotContent(executor, industryId, radius, minConfidence));
    }
    const rows = contents.map((content) => ({
      id: `${setId}.${content.radius.toLowerCase()}`,
      setId,
      industryId,
      radius: content.radius,
      label,
      createdAt,
      minConfidence,
      version: content.version,
      kpis: JSON.stringify(content.kpis),
      content: JSON.stringify(content),
    }));
    const written = await executor.writeTx('createSnapshots', async (tx) => {
      await run(tx, LOCK_INDUSTRY, { industryId, createdAt });
      if (options.skipIfNewerThan) {
        const [row] = await run<{ newer: number }>(tx, NEWER_SNAPSHOTS, {
          industryId,
          since: options.skipIfNewerThan.toISOString(),
        });
        if ((row?.newer ?? 0) > 0) return null;
      }
      return run<{ snapshot: RawSummary }>(tx, CREATE_SNAPSHOTS, { snapshots: rows });
    });
    if (written === null) {
      result.skipped.push(industryId);
      options.progress?.(`${industryId}: skipped, a newer snapshot exists`);
      continue;
    }
    const created = written.map((r) => toSummary(r.snapshot));
    result.created.push(...created);
    options.progress?.(`${industryId}: ${created.length} snapshot(s) stored as ${setId}`);
  }
  return result;
}

/** An industry's snapshots, oldest first (radii in RADII order within a set); one radius when asked. */
export async function listSnapshots(
  executor: GraphExecutor,
  industryId: string,
  radius?: Radius | null,
): Promise<SnapshotSummary[]> {
  const rows = await executor.read<{ snapshot: RawSummary }>(
    'listSnapshots',
    `MATCH (n:Snapshot {industryId: $industryId}) WHERE $radius IS NULL OR n.radius = $radius
     RETURN ${SUMMARY} AS snapshot ORDER BY n.createdAt, n.setId`,
    { industryId, radius: radius ?? null },
  );
  return rows
    .map((r) => toSummary(r.snapshot))
    .sort((a, b) => (a.setId === b.setId ? RADII.indexOf(a.radius) - RADII.indexOf(b.radius) : 0));
}

/** Industries (all loaded ones, or those asked) without a snapshot newer than `since`: what the schedule takes next. */
export async function industriesDueForSnapshot(
  executor: GraphExecutor,
  since: Date,
  industryIds?: readonly string[],
): Promise<string[]> {
  const rows = await executor.read<{ id: string }>(
    'industriesDueForSnapshot',
    `MATCH (i:Industry) WHERE $industryIds IS NULL OR i.id IN $industryIds
     WITH i WHERE NOT EXISTS { MATCH (n:Snapshot {industryId: i.id}) WHERE n.createdAt > $since }
     RETURN i.id AS id ORDER BY id`,
    { since: since.toISOString(), industryIds: industryIds ? [...industryIds] : null },
  );
  return rows.map((r) => r.id);
}

/** The newest snapshot's time over all industries, or null when none was taken (the scheduler's check). */
export async function newestSnapshotAt(executor: GraphExecutor): Promise<Date | null> {
  const [row] = await executor.read<{ newest: string | null }>(
    'newestSnapshotAt',
    'MATCH (n:Snapshot) RETURN max(n.createdAt) AS newest',
  );
  return row?.newest ? new Date(row.newest) : null;
}

/**
 * A snapshot with its content. With `radius`, the member of the same set at that radius (so a client may name
 * any snapshot of a set and the radius it is looking at). NOT FOUND when absent or of another industry.
 */
export async function snapshotById(
  executor: GraphExecutor,
  industryId: string,
  id: string,
  radius?: Radius | null,
): Promise<StoredSnapshot> {
  const [row] = await executor.read<{ snapshot: RawSummary & { content: string } }>(
    'snapshotById',
    `MATCH (s:Snapshot {id: $id})
     OPTIONAL MATCH (sibling:Snapshot {setId: s.setId, radius: $radius})
     WITH CASE WHEN $radius IS NULL THEN s ELSE sibling END AS n
     WHERE n IS NOT NULL
     RETURN n { .id, .setId, .industryId, .radius, .label, .createdAt, .minConfidence, .version, .kpis, .content }
       AS snapshot`,
    { id, radius: radius ?? null },
  );
  if (!row || row.snapshot.industryId !== industryId)
    throw new SnapshotNotFoundError(
      radius ? `no ${radius} snapshot of ${industryId} in the set of ${id}` : `no snapshot ${id} of ${industryId}`,
    );
  return { ...toSummary(row.snapshot), content: parseSnapshotContent(row.snapshot.id, row.snapshot.content) };
}

type RawSummary = Omit<SnapshotSummary, 'kpis'> & { kpis: string };

function toSummary(raw: RawSummary): SnapshotSummary {
  return {
    id: raw.id,
    setId: raw.setId,
    industryId: raw.industryId,
    radius: raw.radius,
    label: raw.label ?? null,
    createdAt: raw.createdAt,
    minConfidence: raw.minConfidence,
    version: raw.version,
    kpis: JSON.parse(raw.kpis) as IndustryKpis,
  };
}

async function allIndustryIds(executor: GraphExecutor): Promise<string[]> {
  const rows = await executor.read<{ id: string }>(
    'snapshotIndustries',
    'MATCH (i:Industry) RETURN i.id AS id ORDER BY id',
  );
  return rows.map((r) => r.id);
}

async function existingIndustries(executor: GraphExecutor, ids: readonly string[]): Promise<string[]> {
  const rows = await executor.read<{ id: string }>(
    'snapshotIndustries',
    'MATCH (i:Industry) WHERE i.id IN $ids RETURN i.id AS id',
    { ids: [...ids] },
  );
  return rows.map((r) => r.id);
}
