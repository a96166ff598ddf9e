import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlatforms, type IndustryDefinition, type PlatformRow, platformsFileSchema } from '@atlas/domain';
import { LineCounter, parseDocument } from 'yaml';
import { DataFileError } from './industry-files';

/** One platform as written, with the industry whose file lists it. */
export type PlatformEntry = PlatformRow & { industryId: string };

/**
 * Reads `<industriesDir>/<id>/platforms.yaml` for each industry given and checks it against that industry's chain;
 * throws one DataFileError listing every problem with its file, line and field. An industry without the file has
 * no platforms (a reviewed list is added when someone has compiled it, not invented to fill the folder).
 */
export function readPlatformFiles(industriesDir: string, industries: readonly IndustryDefinition[]): PlatformEntry[] {
  const problems: string[] = [];
  const entries: PlatformEntry[] = [];
  for (const industry of industries) {
    const file = join(industriesDir, industry.industry.id, 'platforms.yaml');
    if (!existsSync(file)) continue;
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
    if (doc.errors.length) {
      problems.push(`${file}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
      continue;
    }
    const lineOf = (path: ReadonlyArray<string | number>) => {
      const node = doc.getIn(path as Array<string | number>, true) as { range?: [number] } | undefined;
      return node?.range ? `line ${lines.linePos(node.range[0]).line}: ` : '';
    };
    const result = platformsFileSchema.safeParse(doc.toJS());
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path as Array<string | number>;
        problems.push(`${file}: ${lineOf(path)}${path.join('.') || '(root)'}: ${issue.message}`);
      }
      continue;
    }
    for (const problem of checkPlatforms(result.data, industry)) {
      const index = /^platforms\.(\d+)/.exec(problem)?.[1];
      problems.push(`${file}: ${index === undefined ? '' : lineOf(['platforms', Number(index)])}${problem}`);
    }
    entries.push(...result.data.platforms.map((p) => ({ ...p, industryId: industry.industry.id })));
  }
  if (problems.length) throw new DataFileError(`platform data is invalid:\n  ${problems.join('\n  ')}`);
  return entries;
}
