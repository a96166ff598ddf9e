import { describe, expect, it } from 'vitest';
import type { PlatformMark } from '../../api/types';
import { industryPath, matchRoute } from '../../router/routes';
import { supportingPlatforms } from './usePlatformMarks';

const mark = (id: string, segments: Array<[string, string | null]>): PlatformMark => ({
  id,
  name: id,
  nameEn: id,
  kind: 'FUND',
  status: 'PLANNED',
  segments: segments.map(([sid, parentId]) => ({ id: sid, parentId })),
});

describe('supportingPlatforms', () => {
  const platforms = [
    mark('p1', [['x.a', 'x.g']]),
    mark('p2', [
      ['x.b', 'x.g'],
      ['x.c', null],
    ]),
  ];

  it('finds the platforms serving a leaf, and for a parent those serving its leaves', () => {
    expect(supportingPlatforms(platforms, 'x.a').map((p) => p.id)).toEqual(['p1']);
    expect(supportingPlatforms(platforms, 'x.c').map((p) => p.id)).toEqual(['p2']);
    expect(supportingPlatforms(platforms, 'x.g').map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('finds none for a segment nobody serves', () => expect(supportingPlatforms(platforms, 'x.z')).toEqual([]));
});

describe('the platform page route', () => {
  it('round-trips /industries/<id>/platforms', () => {
    expect(industryPath('chem', 'platforms')).toBe('/industries/chem/platforms');
    expect(matchRoute('/industries/chem/platforms')).toEqual({ page: 'platforms', industryId: 'chem' });
  });
});
