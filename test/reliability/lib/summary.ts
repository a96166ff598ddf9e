/** Prints a reliability summary line (the one CI logs are read for); also in Vitest, where console is captured. */
export function summary(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The p-th percentile (0..100) of unsorted samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
