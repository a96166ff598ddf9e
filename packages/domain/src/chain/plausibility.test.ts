import { describe, expect, it } from 'vitest';
import { leafIds } from './check';
import { checkPlausibility } from './plausibility';
import type { Segment } from './schema';

const seg = (id: string, fields: Partial<Segment> = {}): Segment => ({
  id: `x.${id}`,
  name: id,
  nameEn: id,
  tier: 'midstream',
  description: '',
  hsCodes: [],
  gbCodes: [],
  unit: '套',
  ...fields,
});
const check = (segments: Segment[], feeds: Array<[string, string]> = []) =>
  checkPlausibility({ segments, feeds }, leafIds({ segments }));

describe('checkPlausibility: units', () => {
  it('accepts units that fit the segment', () => {
    const segments = [
      seg('mcu', { tier: 'upstream', hsCodes: ['854231'], unit: '颗' }),
      seg('resin', { tier: 'upstream', hsCodes: ['390740'], unit: '吨' }),
      seg('film', { tier: 'upstream', hsCodes: ['392099'], unit: 'm²' }),
      seg('pv', { hsCodes: ['854143'], unit: 'MW' }),
      seg('car', { hsCodes: ['870380'], unit: '辆' }),
      seg('lab', { kind: 'service', unit: '项' }),
    ];
    expect(check(segments, [['x.lab', 'x.car']])).toEqual([]);
  });

  it('refuses a leaf without a unit and a parent with one', () => {
    const problems = check([seg('group', { unit: '吨' }), seg('a', { parent: 'x.group', unit: undefined })]);
    expect(problems).toEqual([
      'x.group: a parent segment has no unit (facts attach to leaves)',
      expect.stringMatching(/^x\.a: a leaf segment needs a unit \(吨, kg/),
    ]);
  });

  it('refuses 500 吨 of MCUs, cars counted in 套, chemicals counted in 台 and services counted in 台', () => {
    const problems = check([
      seg('mcu', { tier: 'upstream', hsCodes: ['854231'], unit: '吨' }),
      seg('car', { hsCodes: ['870380', '870240'], unit: '套' }),
      seg('resin', { tier: 'upstream', hsCodes: ['390740'], unit: '台' }),
      seg('lab', { kind: 'service', unit: '台' }),
      seg('drone', { tier: 'upstream', unit: '架' }),
    ]);
    expect(problems).toEqual([
      'x.mcu: unit 吨 does not count semiconductors (use 颗 or 片)',
      'x.car: unit 套 does not count motor vehicles (use 辆)',
      'x.resin: unit 台 does not count bulk materials (use 吨, kg, Nm³, or m² for films)',
      'x.lab: unit 台 does not count a service (use 项 or 人天)',
      'x.drone: unit 架 counts whole vehicles or aircraft in an upstream segment',
      'x.lab: a service segment must feed the segments it serves',
    ]);
  });
});

describe('checkPlausibility: services feed the producers they serve', () => {
  const segments = [
    seg('car', { hsCodes: ['870380'], unit: '辆' }),
    seg('lab', { tier: 'downstream', kind: 'service', unit: '项' }),
    seg('uni', { tier: 'upstream', kind: 'institution', unit: '项' }),
    seg('fleet', { tier: 'downstream', kind: 'operation', unit: '项' }),
  ];

  it('refuses a car "supplying" a test lab, and says how to write it', () => {
    const problems = check(segments, [
      ['x.car', 'x.lab'],
      ['x.uni', 'x.lab'],
      ['x.car', 'x.fleet'],
    ]);
    expect(problems).toEqual([
      'feeds x.car -> x.lab: a goods segment cannot feed the service x.lab; a producer service is an input of the ' +
        'producers it serves (write [x.lab, x.car] if it serves them)',
      'x.lab: a service segment must feed the segments it serves',
    ]);
  });

  it('accepts the service feeding the producer, and goods bought by an operation', () => {
    expect(
      check(segments, [
        ['x.lab', 'x.car'],
        ['x.uni', 'x.lab'],
        ['x.car', 'x.fleet'],
      ]),
    ).toEqual([]);
  });
});
