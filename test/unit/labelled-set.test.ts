import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { leafIds } from '@atlas/domain';
import { readIndustryDefinitions } from '@atlas/graph';
import { describe, expect, it } from 'vitest';
import { type LabelledRow, parseLabelled } from '../../packages/register/src/index';

/**
 * The labelled register sets (data/labelled/) are what the classifier's numbers are measured on: a label naming a
 * segment that is not a leaf, or a held-out set that shrank or lost its out-of-scope share, would make those numbers
 * mean something else without anyone noticing.
 */
const labelled = (file: string): LabelledRow[] =>
  parseLabelled(readFileSync(fileURLToPath(new URL(`../../data/labelled/${file}`, import.meta.url)), 'utf8'));

const leaves = new Set(
  readIndustryDefinitions(fileURLToPath(new URL('../../data/industries', import.meta.url))).flatMap((d) => [
    ...leafIds(d),
  ]),
);

describe.each(['register-dev.csv', 'register-test.csv'])('data/labelled/%s', (file) => {
  const rows = labelled(file);

  it('labels only leaf segments', () => {
    const unknown = rows.flatMap((r) =>
      [r.expected, ...r.acceptable].filter((id) => id && !leaves.has(id)).map((id) => `line ${r.line}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has a name and some register text on every row, and at least 30 % out of scope', () => {
    for (const r of rows) {
      expect(r.text.name, `line ${r.line}`).not.toBe('');
      expect(Boolean(r.text.businessScope || r.text.products || r.text.industry), `line ${r.line}`).toBe(true);
    }
    const outOfScope = rows.filter((r) => !r.expected).length;
    expect(outOfScope / rows.length).toBeGreaterThanOrEqual(0.3);
  });
});

describe('the held-out set', () => {
  it('has at least 200 firms, none of them in the dev set', () => {
    const test = labelled('register-test.csv');
    const devNames = new Set(labelled('register-dev.csv').map((r) => r.text.name));
    expect(test.length).toBeGreaterThanOrEqual(200);
    expect(test.filter((r) => devNames.has(r.text.name)).map((r) => r.text.name)).toEqual([]);
  });

  it('covers every industry with at least 15 in-scope firms', () => {
    const perIndustry = new Map<string, number>();
    for (const r of labelled('register-test.csv')) {
      const industry = r.expected.split('.')[0];
      if (industry) perIndustry.set(industry, (perIndustry.get(industry) ?? 0) + 1);
    }
    expect([...perIndustry.keys()].sort()).toEqual(['bio', 'chem', 'energy', 'equip', 'icv', 'lowalt', 'software']);
    for (const [industry, n] of perIndustry) expect(n, industry).toBeGreaterThanOrEqual(15);
  });
});
