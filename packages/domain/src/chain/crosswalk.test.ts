import { describe, expect, it } from 'vitest';
import { checkCrosswalk, crosswalkFileSchema, sameAsIndex } from './crosswalk';
import type { IndustryDefinition } from './schema';

const industry = (id: string, leaves: string[], feeds: Array<[string, string]> = []): IndustryDefinition => ({
  industry: { id, name: id, nameEn: id },
  segments: [
    { id: `${id}.group`, name: 'g', nameEn: 'g', tier: 'upstream', description: '', hsCodes: [], gbCodes: [] },
    ...leaves.map((leaf) => ({
      id: `${id}.${leaf}`,
      name: leaf,
      nameEn: leaf,
      tier: 'upstream' as const,
      parent: `${id}.group`,
      description: '',
      hsCodes: [],
      gbCodes: [],
      unit: '吨' as const,
    })),
  ],
  feeds,
  technologies: [],
  keyLinks: [],
});
const definitions = [industry('a', ['cf', 'resin']), industry('b', ['cf', 'tank'], [['b.cf', 'b.tank']])];

describe('checkCrosswalk', () => {
  it('accepts groups of leaves across industries and feeds between industries', () => {
    const crosswalk = crosswalkFileSchema.parse({
      sameAs: [{ id: 'cf', segments: ['a.cf', 'b.cf'], note: '碳纤维' }],
      feeds: [['a.resin', 'b.tank']],
    });
    expect(checkCrosswalk(crosswalk, definitions)).toEqual([]);
    expect(sameAsIndex(crosswalk).get('b.cf')).toEqual(['a.cf', 'b.cf']);
  });

  it('refuses unknown ids, parents, one-industry groups, a segment in two groups and same-industry feeds', () => {
    const crosswalk = crosswalkFileSchema.parse({
      sameAs: [
        { id: 'one', segments: ['a.cf', 'a.resin'], note: 'x' },
        { id: 'two', segments: ['a.cf', 'b.nowhere', 'b.group'], note: 'x' },
      ],
      feeds: [['b.cf', 'b.tank']],
    });
    expect(checkCrosswalk(crosswalk, definitions)).toEqual([
      'sameAs one: names segments of one industry only; a group spans ≥ 2',
      'sameAs two: a.cf is already in group one',
      'sameAs two: b.nowhere is not a leaf segment of any industry',
      'sameAs two: b.group is not a leaf segment of any industry',
      'feeds b.cf -> b.tank: same industry; write it in its chain.yaml',
    ]);
  });

  it('refuses cross-industry feeds that close a cycle', () => {
    const crosswalk = crosswalkFileSchema.parse({
      sameAs: [{ id: 'cf', segments: ['a.cf', 'b.cf'], note: 'x' }],
      feeds: [
        ['b.tank', 'a.resin'],
        ['a.resin', 'b.cf'],
      ],
    });
    expect(checkCrosswalk(crosswalk, definitions)).toEqual([
      'feeds across industries form a cycle: a.resin -> b.cf -> b.tank -> a.resin',
    ]);
  });

  it('needs at least two segments per group', () => {
    expect(crosswalkFileSchema.safeParse({ sameAs: [{ id: 'x', segments: ['a.cf'], note: 'x' }] }).success).toBe(false);
  });
});
