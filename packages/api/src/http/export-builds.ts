/**
 * Built exports, shared per data version (graph/data-version.ts) and audience (graph/export/redact.ts): the
 * same file for the same data is built once, and at most `maxConcurrent` builds run at once — a build reads the
 * whole industry and renders it in memory (an XLSX at 100k firms is tens of MB), so more would starve the process.
 * A request that finds no free slot is told to come back (`ExportsBusyError` → 503 with Retry-After).
 */
export class ExportsBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('exports busy');
  }
}

export class ExportBuilds {
  private readonly done = new Map<string, { version: string; body: Promise<Buffer> }>();
  private running = 0;

  constructor(
    readonly maxConcurrent = 2,
    readonly maxEntries = 30,
    readonly retryAfterSeconds = 5,
  ) {}

  get building(): number {
    return this.running;
  }

  /** The body for `key` at `version`: cached, joined while being built, or built now if a slot is free. */
  async get(key: string, version: string, build: () => Promise<Buffer>): Promise<Buffer> {
    const entry = this.done.get(key);
    if (entry && entry.version === version) {
      this.done.delete(key);
      this.done.set(key, entry);
      return entry.body;
    }
    if (this.running >= this.maxConcurrent) throw new ExportsBusyError(this.retryAfterSeconds);
    this.running++;
    const body = build().finally(() => {
      this.running--;
    });
    this.done.delete(key);
    this.done.set(key, { version, body });
    while (this.done.size > this.maxEntries) this.done.delete(this.done.keys().next().value as string);
    body.catch(() => {
      if (this.done.get(key)?.body === body) this.done.delete(key);
    });
    return body;
  }
}
