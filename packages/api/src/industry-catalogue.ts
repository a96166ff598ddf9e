import type { IndustryRecord } from '@atlas/domain';

/**
 * The industries this process has looked up (id and names), kept for `maxAgeMs`. Every analytics request names an
 * industry and must answer NOT_FOUND for an unknown one; reading the seven near-static records from the graph on
 * every request cost a transaction beside the analytics' own (issue #16: the API's own cost). An id not held is
 * read at once — an industry loaded a moment ago is found — and never remembered as missing; what the age bounds
 * is how long a renamed or removed industry is still answered as it was (30 s by default, each replica its own).
 */
export class IndustryCatalogue {
  private readonly held = new Map<string, { record: IndustryRecord; at: number }>();

  constructor(
    readonly maxAgeMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The records of `ids` in order (null for an unknown id), reading only the ids not held or held too long. */
  async load(
    ids: readonly string[],
    read: (ids: string[]) => Promise<IndustryRecord[]>,
  ): Promise<Array<IndustryRecord | null>> {
    const now = this.now();
    const stale = [...new Set(ids.filter((id) => !this.fresh(id, now)))];
    if (stale.length > 0) {
      const found = await read(stale);
      for (const id of stale) this.held.delete(id);
      for (const record of found) this.held.set(record.id, { record, at: now });
    }
    return ids.map((id) => this.held.get(id)?.record ?? null);
  }

  private fresh(id: string, now: number): boolean {
    const entry = this.held.get(id);
    return entry !== undefined && now - entry.at < this.maxAgeMs;
  }
}
