import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chainFileSchema,
  checkIndustry,
  type IndustryDefinition,
  keyLinksFileSchema,
  roadmapFileSchema,
} from '@atlas/domain';
import { parse } from 'yaml';
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
