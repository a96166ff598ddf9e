import { describe, expect, it } from 'vitest';
import type { IndustryDefinition } from '../chain/schema';
import { checkPlatforms } from './check';
import { type PlatformRow, platformsFileSchema } from './schema';

const industry = {
  industry: { id: 'x', name: '测试', nameEn: 'Test' },
  segments: [
    { id: 'x.group', name: '组', nameEn: 'Group', tier: 'upstream', description: '', hsCodes: [], gbCodes: [] },
    {
      id: 'x.a',
      name: 'A',
      nameEn: 'A',
      tier: 'upstream',
      parent: 'x.group',
      description: '',
      hsCodes: [],
      gbCodes: [],
    },
    {
      id: 'x.b',
      name: 'B',
      nameEn: 'B',
      tier: 'upstream',
      parent: 'x.group',
      description: '',
      hsCodes: [],
      gbCodes: [],
    },
  ],
  feeds: [],
  technologies: [],
  keyLinks: [],
} as IndustryDefinition;

const platform = (id: string, serves: string[], extra: Partial<PlatformRow> = {}) => ({
  id,
  name: '平台',
  nameEn: 'Platform',
  kind: 'PILOT_PLANT',
  status: 'operating',
  operator: '区经委',
  location: '金山区',
  services: ['中试'],
  servicesEn: ['Pilot'],
  serves,
  contact: '区经委',
  source: 'plan 三(六)2',
  ...extra,
});
const about = { source: 'plan', licence: 'CC0-1.0', review: 'hand-written' };
const parse = (platforms: unknown[]) => platformsFileSchema.parse({ about, platforms });

describe('platforms.yaml schema', () => {
  it('refuses an unknown kind, a planned entry without "planned" in its source and a phone number as contact', () => {
    const result = platformsFileSchema.safeParse({
      about,
      platforms: [
        platform('x.p.one', ['x.a'], { kind: 'SPACEPORT' as never }),
        platform('x.p.two', ['x.a'], { status: 'planned' }),
        platform('x.p.three', ['x.a'], { contact: '021-57901234' }),
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['platforms.0.kind', 'platforms.1.source', 'platforms.2.contact']);
  });

  it('needs the about header', () => {
    expect(platformsFileSchema.safeParse({ platforms: [platform('x.p.one', ['x.a'])] }).success).toBe(false);
  });
});

describe('checkPlatforms', () => {
  it('accepts platforms serving leaves of their own industry', () => {
    const file = parse([platform('x.p.one', ['x.a']), platform('x.p.two', ['x.b']), platform('x.p.three', ['x.a'])]);
    expect(checkPlatforms(file, industry)).toEqual([]);
  });

  it('names parents, unknown segments, foreign ids, duplicates and a short list', () => {
    const file = parse([platform('x.p.one', ['x.group', 'x.zzz']), platform('y.p.two', ['x.a', 'x.a'])]);
    expect(checkPlatforms(file, industry)).toEqual([
      'platforms: 2 listed, expected 3–8',
      'platforms.0 (x.p.one): serves x.group, a parent; name its leaves',
      'platforms.0 (x.p.one): serves unknown segment x.zzz',
      'platforms.1 (y.p.two): id must start with "x.p."',
      'platforms.1 (y.p.two): serves x.a twice',
    ]);
  });
});
