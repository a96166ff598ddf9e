import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTITUTION_KINDS, institutionProblems } from '@atlas/domain';
import { DataFileError, readIndustryDefinitions, readInstitutions } from '@atlas/graph';
import { describe, expect, it } from 'vitest';

const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));

describe('data/reference/institutions.yaml', () => {
  const institutions = readInstitutions();
  const technologyIds = new Set(readIndustryDefinitions(industriesDir).flatMap((d) => d.technologies.map((t) => t.id)));

  it('holds 25–40 reviewed universities, labs and institutes of every kind', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(25);
    expect(institutions.length).toBeLessThanOrEqual(40);
    expect(new Set(institutions.map((i) => i.kind))).toEqual(new Set(INSTITUTION_KINDS));
  });

  it('has unique ids and names only technologies a roadmap defines', () => {
    expect(institutionProblems(institutions, technologyIds)).toEqual([]);
  });

  it('covers every industry’s roadmap', () => {
    const industries = new Set(institutions.flatMap((i) => i.technologies.map((t) => t.split('.')[0])));
    expect([...industries].sort()).toEqual(['bio', 'chem', 'energy', 'equip', 'icv', 'lowalt', 'software']);
  });

  it('reports an unknown technology and a bad field with where they are', () => {
    const [first] = institutions;
    if (!first) throw new Error('no institutions');
    expect(institutionProblems([{ ...first, technologies: ['icv.t.nope'] }], technologyIds)).toEqual([
      'institutions.0.technologies: unknown technology icv.t.nope',
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'inst-')), 'institutions.yaml');
    writeFileSync(
      file,
      'institutions:\n  - id: inst.x\n    name: X\n    nameEn: X\n    kind: SCHOOL\n    city: 上海市\n    province: 上海市\n    technologies: [icv.t.c-v2x]\n',
    );
    expect(() => readInstitutions(file)).toThrow(DataFileError);
    expect(() => readInstitutions(file)).toThrow(/institutions\.yaml: line 5: institutions\.0\.kind/);
  });
});
