import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Crosswalk,
  chainFileSchema,
  checkCrosswalk,
  checkIndustry,
  crosswalkFileSchema,
  type IndustryDefinition,
  keyLinksFileSchema,
  roadmapFileSchema,
} from '@atlas/domain';
import { LineCounter, parse, parseDocument } from 'yaml';
import type { z } from 'zod';

/** A data file that does not validate; the message names the file and the field path. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

/** Reads and validates every `data/industries/<id>/` folder; throws listing every problem found. */
export function readIndustryDefinitions(industriesDir: string): IndustryDefinition[] {
  const ids = readdirSync(industriesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const problems: string[] = [];
  const definitions: IndustryDefinition[] = [];
  for (const id of ids) {
    const dir = join(industriesDir, id);
    const chain = readYaml(join(dir, 'chain.yaml'), chainFileSchema, problems);
    const roadmap = readYaml(join(dir, 'roadmap.yaml'), roadmapFileSchema, problems);
    const keyLinks = readYaml(join(dir, 'key-links.yaml'), keyLinksFileSchema, problems);
    if (!chain || !roadmap || !keyLinks) continue;
    if (chain.industry.id !== id)
      problems.push(`${dir}/chain.yaml: industry.id "${chain.industry.id}" must be "${id}"`);
    const definition: IndustryDefinition = {
      industry: chain.industry,
      segments: chain.segments,
      feeds: chain.feeds,
      technologies: roadmap.technologies,
      keyLinks: keyLinks.keyLinks,
    };
    for (const problem of checkIndustry(definition)) problems.push(`${dir}: ${problem}`);
    definitions.push(definition);
  }
  if (problems.length) throw new DataFileError(`industry data is invalid:\n  ${problems.join('\n  ')}`);
  return definitions;
}

function readYaml<S extends z.ZodType>(file: string, schema: S, problems: string[]): z.output<S> | undefined {
  if (!existsSync(file)) {
    problems.push(`${file}: missing`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return undefined;
}

/**
 * Reads `<industriesDir>/crosswalk.yaml` (segments shared across industries, FORMAT.md) and checks it against the
 * industries; throws a DataFileError naming the file, line and field of every problem.
 */
export function readCrosswalk(
  industriesDir: string,
  definitions: IndustryDefinition[] = readIndustryDefinitions(industriesDir),
): Crosswalk {
  const file = join(industriesDir, 'crosswalk.yaml');
  if (!existsSync(file)) throw new DataFileError(`${file}: missing`);
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  if (doc.errors.length) throw new DataFileError(`${file}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
  const result = crosswalkFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number] } | undefined;
      const line = node?.range ? `line ${lines.linePos(node.range[0]).line}: ` : '';
      return `${file}: ${line}${issue.path.join('.') || '(root)'}: ${issue.message}`;
    });
    throw new DataFileError(`crosswalk is invalid:\n  ${problems.join('\n  ')}`);
  }
  const problems = checkCrosswalk(result.data, definitions);
  if (problems.length)
    throw new DataFileError(`crosswalk is invalid:\n  ${problems.map((p) => `${file}: ${p}`).join('\n  ')}`);
  return result.data;
}
