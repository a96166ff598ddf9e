import { describe, expect, it } from 'vitest';
import { checkIndustry, components, findCycle } from './check';
import type { IndustryDefinition } from './schema';

describe('graph checks', () => {
  it('finds a cycle and names its path', () => {
    expect(
      findCycle(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ],
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['a', 'c'],
          ['b', 'c'],
        ],
      ),
    ).toBeUndefined();
  });

  it('splits weakly connected parts, ignoring direction', () => {
    expect(
      components(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['c', 'b'],
        ],
      ),
    ).toEqual([['a', 'b', 'c'], ['d']]);
  });
});

describe('checkIndustry', () => {
  const segment = (id: string, tier: 'upstream' | 'midstream' | 'downstream', parent?: string) => ({
    id: `x.${id}`,
    name: id,
    nameEn: id,
    tier,
    description: '',
    hsCodes: [],
    gbCodes: [],
    ...(parent ? { parent: `x.${parent}` } : {}),
  });
  const leaf = (id: string, tier: 'upstream' | 'midstream' | 'downstream', parent?: string) => ({
    ...segment(id, tier, parent),
    unit: '套' as const,
  });
  const small: IndustryDefinition = {
    industry: { id: 'x', name: 'X', nameEn: 'X' },
    segments: [
      segment('group', 'upstream'),
      leaf('a', 'upstream', 'group'),
      leaf('b', 'midstream'),
      leaf('c', 'downstream'),
    ],
    feeds: [
      ['x.a', 'x.b'],
      ['x.b', 'x.c'],
    ],
    technologies: [
      { id: 'x.t.one', name: 't', nameEn: 't', trl: 5, horizon: 2030, stage: 'pilot', enables: ['x.b'], precedes: [] },
    ],
    keyLinks: [
      {
        id: 'x.k.one',
        segment: 'x.c',
        criticality: 3,
        bottleneck: 'capacity',
        targetYear: 2027,
        note: 'n',
        noteEn: 'n',
      },
    ],
  };

  it('reports only the minimums for a small but sound industry', () => {
    expect(checkIndustry(small)).toEqual([
      '3 leaf segments, at least 30 needed',
      '1 technologies, at least 10',
      '1 key links, at least 8',
    ]);
  });

  it('reports feeds into a parent, cycles, islands and dangling references', () => {
    const broken: IndustryDefinition = {
      ...small,
      segments: [...small.segments, leaf('island', 'downstream')],
      feeds: [...small.feeds, ['x.c', 'x.a'], ['x.group', 'x.b']],
      keyLinks: [{ ...(small.keyLinks[0] as IndustryDefinition['keyLinks'][number]), segment: 'x.nowhere' }],
    };
    const problems = checkIndustry(broken).join('\n');
    expect(problems).toContain('feeds x.group -> x.b: x.group is not a leaf segment');
    expect(problems).toContain('feeds form a cycle: x.a -> x.b -> x.c -> x.a');
    expect(problems).toContain('feeds are not connected: 2 parts, e.g. x.island');
    expect(problems).toContain('x.k.one: segment x.nowhere is not a leaf');
  });
});
