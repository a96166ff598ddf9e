/**
 * What measure-overlay.ts checks in the /graphql responses the chain map received: how many firm records each
 * carried, and whether any carried more than the overlay's bound (issue #15: at 1M firms the server sends the top
 * firms per segment and counts, never every firm). Pure, so its own test can show it fails when it should.
 */

/** One segment's row of `chainMap.segmentFirms`. */
export interface OverlayRow {
  segmentId: string;
  firmCount: number;
  firms: unknown[];
}

/** One /graphql response as the browser received it. */
export interface GraphqlResponse {
  operation: string;
  /** Bytes on the wire for the body (Chromium's encodedDataLength). */
  transferred: number;
  /** Request sent → first byte of the answer: the server's time, queueing and Neo4j included. */
  waitMs: number;
  /** Company records anywhere in the response (`countCompanies`). */
  firmRecords: number;
  /** The overlay's answer and the `top` it asked for, when this response is one. */
  overlay?: { top: number; rows: OverlayRow[] };
}

/**
 * Company records in a response's data: objects typed `Company` (urql adds `__typename`), and the entries of any
 * `firms` list without a type name (a client that does not add it), so no firm goes uncounted.
 */
export function countCompanies(value: unknown, inFirmList = false): number {
  if (Array.isArray(value)) return value.reduce<number>((n, item) => n + countCompanies(item, inFirmList), 0);
  if (value === null || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  const self = record.__typename === 'Company' || (inFirmList && record.__typename === undefined) ? 1 : 0;
  return Object.entries(record).reduce(
    (n, [key, child]) => n + countCompanies(child, key === 'firms' && Array.isArray(child)),
    self,
  );
}

/**
 * Why one page load transferred more than it should, or nothing: no overlay answer at all, a response with more
 * firm records than segments × top (segments: the overlay's rows), or a segment with more than `top` firms.
 */
export function overTransfer(responses: readonly GraphqlResponse[]): string[] {
  const problems: string[] = [];
  const overlays = responses.flatMap((r) => (r.overlay ? [r.overlay] : []));
  if (overlays.length === 0) return ['no firm overlay response was seen'];
  for (const { top } of overlays)
    if (!Number.isInteger(top) || top < 0) problems.push(`the overlay asked for top = ${top}, not a whole number`);
  const bound = Math.max(...overlays.map((o) => o.rows.length * o.top));
  for (const response of responses) {
    if (response.firmRecords > bound)
      problems.push(
        `${response.operation} carried ${response.firmRecords} firm records, over segments × top = ${bound}`,
      );
    const top = response.overlay?.top ?? 0;
    for (const row of response.overlay?.rows ?? [])
      if (row.firms.length > top)
        problems.push(`segment ${row.segmentId}: ${row.firms.length} firms sent, top is ${top}`);
  }
  return problems;
}
