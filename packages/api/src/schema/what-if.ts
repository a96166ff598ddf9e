import { type StatusChange, scenarioProblems, type WhatIfReport } from '@atlas/domain';
import { whatIf } from '@atlas/graph';
import { statusArgs } from '../arguments';
import { builder } from '../builder';
import { badInput } from '../errors';
import { requireCompanies, withIndustry } from '../require-record';
import { minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { SegmentStatusEnum } from './enums';
import { SupportRateRef } from './support-rate';

/** Enough for any realistic scenario; keeps `$attract`/`$remove` lists small. */
const MAX_SCENARIO_FIRMS = 200;

const SegmentChangeRef = builder.objectRef<StatusChange>('SegmentChange').implement({
  description: 'A leaf segment whose local count or status differs between before and after.',
  fields: (t) => ({
    segmentId: t.exposeID('id'),
    before: t.field({ type: SegmentStatusEnum, resolve: (c) => c.before }),
    after: t.field({ type: SegmentStatusEnum, resolve: (c) => c.after }),
    beforeCount: t.exposeInt('beforeCount'),
    afterCount: t.exposeInt('afterCount'),
  }),
});

const WhatIfResultRef = builder.objectRef<WhatIfReport>('WhatIfResult').implement({
  description: 'Before and after attracting firms into the radius and/or removing firms; nothing is written.',
  fields: (t) => ({
    before: t.field({ type: SupportRateRef, resolve: (r) => r.before }),
    after: t.field({ type: SupportRateRef, resolve: (r) => r.after }),
    closedGaps: t.exposeIDList('closedGaps', { description: 'Segments MISSING before and not MISSING after.' }),
    openedGaps: t.exposeIDList('openedGaps', { description: 'Segments not MISSING before and MISSING after.' }),
    changes: t.field({ type: [SegmentChangeRef], resolve: (r) => r.changes }),
    singleSourceBefore: t.exposeInt('singleSourceBefore'),
    singleSourceAfter: t.exposeInt('singleSourceAfter'),
    singleSourceDelta: t.exposeInt('singleSourceDelta', { description: 'after − before' }),
  }),
});

builder.queryField('whatIf', (t) =>
  t.field({
    type: WhatIfResultRef,
    args: {
      industryId: t.arg.id({ required: true }),
      attract: t.arg.idList({ description: 'Firms treated as local at the radius.' }),
      remove: t.arg.idList({ description: 'Firms treated as gone: their operations and supplies are ignored.' }),
      ...radiusArgs(),
      ...thresholdArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const { radius, threshold, minConfidence } = statusArgs(args);
      const attract = [...new Set((args.attract ?? []).map(String))];
      const remove = [...new Set((args.remove ?? []).map(String))];
      if (attract.length + remove.length > MAX_SCENARIO_FIRMS)
        throw badInput(`at most ${MAX_SCENARIO_FIRMS} firms per what-if`);
      const problems = scenarioProblems(attract, remove);
      if (problems.length > 0) throw badInput(problems.join('; '));
      // The industry, the firms and the scenario are looked up at once; NOT_FOUND (industry, then firm) still wins.
      const { result } = await withIndustry(loaders, args.industryId, async (id) => {
        const firms = requireCompanies(loaders, [...attract, ...remove]);
        const report = analytics.cached('whatIf', { id, radius, attract, remove, threshold, minConfidence }, () =>
          whatIf(executor, id, radius, { attract, remove, minConfidence }, threshold),
        );
        report.catch(() => {});
        await firms;
        return report;
      });
      return result;
    },
  }),
);
