import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readVocabulary, VocabularyError } from './vocabulary';

const fixture = fileURLToPath(new URL('./fixtures', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
/** A copy of the fixture repo whose toy vocabulary.yaml is `yaml` (or absent when undefined). */
function repoWith(yaml: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-vocabulary-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'data/industries/toy/vocabulary.yaml');
  if (yaml === undefined) rmSync(file);
  else writeFileSync(file, yaml);
  return dir;
}

describe('readVocabulary', () => {
  it('reads leaves only, merging chain and vocabulary GB/T 4754 codes', () => {
    const v = readVocabulary(fixture);
    expect(v.segments.map((s) => s.id)).toEqual(['toy.cathode', 'toy.anode', 'toy.drone']);
    expect(v.segments[0]).toMatchObject({ industryId: 'toy', keywords: ['正极材料', '磷酸铁锂'], gbCodes: ['C3985'] });
    expect(v.industryCodes.resolve('飞机制造')).toBe('C3741');
    expect(v.missing).toEqual([]);
  });

  it('versions by content: any edit of a vocabulary file changes the version', () => {
    const a = readVocabulary(fixture).version;
    expect(readVocabulary(fixture).version).toBe(a);
    const edited = repoWith(
      `segments:\n  toy.cathode: { keywords: [正极材料, 磷酸铁锂, 磷酸锰铁锂] }\n  toy.anode: { keywords: [负极材料, 人造石墨] }\n  toy.drone: { keywords: [工业无人机, 无人驾驶航空器] }\n`,
    );
    expect(readVocabulary(edited).version).not.toBe(a);
  });

  it('falls back to segment names for an industry without vocabulary.yaml, and says so', () => {
    const v = readVocabulary(repoWith(undefined));
    expect(v.missing).toEqual(['toy']);
    expect(v.segments.find((s) => s.id === 'toy.drone')?.keywords).toEqual(['工业无人机']);
  });

  it('reports a leaf without an entry as missing instead of refusing the vocabulary', () => {
    const v = readVocabulary(
      repoWith(
        'segments:\n  toy.cathode: { keywords: [正极材料, 磷酸铁锂] }\n  toy.anode: { keywords: [负极材料, 人造石墨] }\n',
      ),
    );
    expect(v.missing).toEqual(['toy.drone']);
    expect(v.segments.find((s) => s.id === 'toy.drone')?.keywords).toEqual(['工业无人机']);
  });

  it('names file, line and field of a bad term, and the rule problems', () => {
    const dir = repoWith(
      'segments:\n  toy.cathode:\n    keywords: [正极材料, 材料]\n  toy.anode:\n    keywords: [负极材料, 石]\n',
    );
    let message = '';
    try {
      readVocabulary(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(VocabularyError);
      message = (error as Error).message;
    }
    const file = join(dir, 'data/industries/toy/vocabulary.yaml');
    expect(message).toContain(`${file}:5: segments.toy.anode.keywords.1: a term of at least 2 characters`);
  });

  it('refuses rule problems (generic words, unknown ids), naming the file', () => {
    const dir = repoWith(
      'segments:\n  toy.cathode: { keywords: [正极材料, 材料] }\n  toy.anode: { keywords: [负极材料, 人造石墨] }\n  toy.drone: { keywords: [工业无人机, 无人驾驶航空器] }\n  toy.battery: { keywords: [电池材料, 锂电材料] }\n',
    );
    const file = join(dir, 'data/industries/toy/vocabulary.yaml');
    expect(() => readVocabulary(dir)).toThrow(`${file}: toy.cathode: "材料" is too generic to be evidence alone`);
    expect(() => readVocabulary(dir)).toThrow(`${file}: toy.battery: not a leaf segment of this industry`);
  });

  it('names the line of a YAML syntax error', () => {
    const dir = repoWith('segments:\n  toy.cathode: [\n');
    expect(() => readVocabulary(dir)).toThrow(/vocabulary\.yaml:\d+: not valid YAML/);
  });
});
