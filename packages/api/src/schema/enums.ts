import { DEMAND_STATUSES, RADII } from '@atlas/domain';
import { builder } from '../builder';

export const RadiusEnum = builder.enumType('Radius', {
  description: 'How far "local" reaches: 金山区, 上海市, the Yangtze River Delta, China, the world.',
  values: RADII,
});

export const SegmentStatusEnum = builder.enumType('SegmentStatus', {
  description: 'MISSING: no local firm; WEAK: 1 or 2; STRONG: 3 or more (docs/design.md §4.1).',
  values: ['MISSING', 'WEAK', 'STRONG'] as const,
});

export const DemandStatusEnum = builder.enumType('DemandStatus', { values: DEMAND_STATUSES });
