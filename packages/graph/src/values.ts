import neo4j from 'neo4j-driver';

/** Converts Neo4j values (integers, temporals, nodes) into plain JSON-friendly values, once, at the boundary. */
export function toPlain(value: unknown): unknown {
  // Primitives first: they are most values, and a list of firm ids holds tens of thousands of them.
  if (typeof value !== 'object') return value ?? null;
  if (value === null) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return value.toString();
  if ('properties' in value && 'labels' in value) return toPlain((value as { properties: unknown }).properties);
  if ('properties' in value && 'type' in value) return toPlain((value as { properties: unknown }).properties);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** Neo4j stores no `undefined`: optional fields become explicit nulls (which SET then removes). */
export function withNulls<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === undefined ? null : v])) as T;
}
