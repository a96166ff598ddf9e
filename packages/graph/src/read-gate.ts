import { DatabaseBusyError } from './errors';

/**
 * Admits at most `limit` reads to Neo4j at once and queues the rest in arrival order. Neo4j Community runs each
 * query on one thread: fifty analytics at once on two cores all finish late, while a short queue lets the early ones
 * finish early and keeps a burst from pushing every query past the read timeout. A caller that waits longer than
 * `maxWaitMs` gets DatabaseBusyError (DB_UNAVAILABLE) instead of an answer it would get too late to use.
 */
export class ReadGate {
  private running = 0;
  private readonly waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    readonly limit: number,
    readonly maxWaitMs: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`the read limit must be a whole number ≥ 1`);
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry = {
        // The slot is handed over by `leave`, so `running` stays at the limit.
        admit: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(
            new DatabaseBusyError(
              `the graph database is busy: ${this.limit} reads running and this one waited ${this.maxWaitMs} ms`,
            ),
          );
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private leave(): void {
    const next = this.waiting.shift();
    if (next) next.admit();
    else this.running--;
  }
}
