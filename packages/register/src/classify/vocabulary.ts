import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chainFileSchema, checkVocabulary, leafIds, vocabularyFileSchema } from '@atlas/domain';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { type IndustryCodes, parseIndustryCodes } from './industry-codes';

/** What the classifier knows of one leaf segment. */
export interface SegmentVocabulary {
  id: string;
  name: string;
  industryId: string;
  description: string;
  keywords: string[];
  synonyms: string[];
  negative: string[];
  /** chain.yaml's and vocabulary.yaml's GB/T 4754 classes together. */
  gbCodes: string[];
}

/** Register boilerplate and cues shared by all industries (data/industries/vocabulary-common.yaml). */
export const commonVocabularySchema = z.strictObject({
  /** Phrases removed before matching: licence clauses every 经营范围 carries. */
  boilerplate: z.array(z.string().min(2)).default([]),
  /** Tokens never used as ranking terms: they occur in most registers' scopes. */
  stopwords: z.array(z.string().min(1)).default([]),
  /** Verbs that end a scope item about trading, renting or agency rather than making (销售, 批发…). */
  tradeOnly: z.array(z.string().min(1)).default([]),
  /** Verbs that end a scope item about making or developing (制造, 生产, 研发…). */
  making: z.array(z.string().min(1)).default([]),
  /** Phrases of the businesses most of a district is made of (餐饮服务, 房地产开发经营…): evidence for none. */
  outOfScope: z.array(z.string().min(2)).default([]),
});
export type CommonVocabulary = z.infer<typeof commonVocabularySchema>;

export interface Vocabulary {
  /** Short sha256 of every file read (chain, vocabulary, common, industry codes). */
  version: string;
  segments: SegmentVocabulary[];
  common: CommonVocabulary;
  industryCodes: IndustryCodes;
  /**
   * Industries without a vocabulary.yaml, and leaf segments without an entry (e.g. a leaf added to chain.yaml
   * before its words): they match by name and description only. The data test requires this to be empty.
   */
  missing: string[];
}

/** A vocabulary file that does not validate; the message names file, line and field. */
export class VocabularyError extends Error {
  override name = 'VocabularyError';
}

export const COMMON_VOCABULARY_FILE = 'data/industries/vocabulary-common.yaml';
export const INDUSTRY_CODES_FILE = 'data/reference/gb4754-2017.csv';

/** Reads the chain and vocabulary of every industry under `root` (the repo root; found from this file by default). */
export async function loadVocabulary(root: string = findRepoRoot()): Promise<Vocabulary> {
  return readVocabulary(root);
}

/** The synchronous twin of loadVocabulary, for tests and scripts. */
export function readVocabulary(root: string = findRepoRoot()): Vocabulary {
  const problems: string[] = [];
  const hash = createHash('sha256');
  const read = (file: string): string => {
    const text = readFileSync(file, 'utf8');
    hash.update(`${relative(root, file)}\0${text}\0`);
    return text;
  };
  const industriesDir = join(root, 'data/industries');
  if (!existsSync(industriesDir)) throw new VocabularyError(`${industriesDir}: no such folder`);
  const ids = readdirSync(industriesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const segments: SegmentVocabulary[] = [];
  const missing: string[] = [];
  for (const industryId of ids) {
    const chainPath = join(industriesDir, industryId, 'chain.yaml');
    if (!existsSync(chainPath)) continue;
    const chain = parseYaml(chainPath, read(chainPath), chainFileSchema, problems);
    if (!chain) continue;
    const leaves = leafIds(chain);
    const vocabularyPath = join(industriesDir, industryId, 'vocabulary.yaml');
    let entries: Record<string, { keywords: string[]; synonyms: string[]; negative: string[]; gbCodes: string[] }> = {};
    if (existsSync(vocabularyPath)) {
      const file = parseYaml(vocabularyPath, read(vocabularyPath), vocabularyFileSchema, problems);
      if (file) {
        // A leaf without an entry is reported in `missing`, not refused: classification still runs on its name.
        const covered = new Set([...leaves].filter((id) => file.segments[id]));
        for (const problem of checkVocabulary(file, covered)) problems.push(`${vocabularyPath}: ${problem}`);
        for (const id of leaves) if (!file.segments[id]) missing.push(id);
        entries = file.segments;
      }
    } else missing.push(industryId);
    for (const s of chain.segments) {
      if (!leaves.has(s.id)) continue;
      const entry = entries[s.id];
      segments.push({
        id: s.id,
        name: s.name,
        industryId,
        description: s.description,
        // Without an entry the segment's own name is its only phrase: better than invisible, and reported as missing.
        keywords: entry?.keywords ?? [s.name],
        synonyms: entry?.synonyms ?? [],
        negative: entry?.negative ?? [],
        gbCodes: [...new Set([...s.gbCodes, ...(entry?.gbCodes ?? [])])],
      });
    }
  }
  const commonPath = join(root, COMMON_VOCABULARY_FILE);
  const common = existsSync(commonPath)
    ? (parseYaml(commonPath, read(commonPath), commonVocabularySchema, problems) ?? commonVocabularySchema.parse({}))
    : commonVocabularySchema.parse({});
  const codesPath = join(root, INDUSTRY_CODES_FILE);
  let industryCodes = parseIndustryCodes('code,name\n');
  if (existsSync(codesPath)) {
    try {
      industryCodes = parseIndustryCodes(read(codesPath));
    } catch (error) {
      problems.push(`${codesPath}: ${(error as Error).message}`);
    }
  }
  if (problems.length) throw new VocabularyError(`vocabulary is invalid:\n  ${problems.join('\n  ')}`);
  if (!segments.length) throw new VocabularyError(`${industriesDir}: no industry has a chain.yaml`);
  return { version: hash.digest('hex').slice(0, 12), segments, common, industryCodes, missing };
}

/** Parses and validates one YAML file; problems name file, line and field path. */
function parseYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: string[],
): z.output<S> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push(`${file}:${e.linePos?.[0]?.line ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const line = lineOf(doc, lineCounter, path);
    problems.push(`${file}${line ? `:${line}` : ''}: ${path.join('.') || '(root)'}: ${issue.message}`);
  }
  return undefined;
}

/** The line of the deepest node of `path` that exists in the document. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: Array<string | number>,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The nearest folder above this file that has data/industries. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'data/industries'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new VocabularyError(`no data/industries folder above ${from}`);
    dir = up;
  }
}
