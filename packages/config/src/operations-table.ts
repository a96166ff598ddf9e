import { ENV_VARIABLES, type EnvVariable } from './env-schema';

export const TABLE_BEGIN =
  '<!-- env:begin (generated from packages/config/src/env-schema.ts; a test keeps it equal) -->';
export const TABLE_END = '<!-- env:end -->';

/** docs/OPERATIONS.md's "Limits and settings" table, from the schema: one row per variable, columns aligned. */
export function renderEnvTable(): string {
  const rows = Object.entries(ENV_VARIABLES).map(([name, spec]: [string, EnvVariable]) => [
    `\`${name}\``,
    spec.shown ?? `\`${spec.fallback}\``,
    [spec.modes === 'both' ? '' : `${spec.modes} mode`, spec.readBy.join(', ')].filter(Boolean).join(': '),
    spec.meaning,
  ]);
  const header = ['variable', 'default', 'applies to (mode: processes)', 'what it does'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The document with the table between the markers replaced; null when the markers are missing. */
export function withEnvTable(document: string): string | null {
  const begin = document.indexOf(TABLE_BEGIN);
  const end = document.indexOf(TABLE_END);
  if (begin < 0 || end < begin) return null;
  return `${document.slice(0, begin + TABLE_BEGIN.length)}\n${renderEnvTable()}\n${document.slice(end)}`;
}
