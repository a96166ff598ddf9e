import {
  LOST_REASONS,
  type MatchmakingKpis,
  mayRecordOutcome,
  OUTCOME_STEPS,
  type OutcomeHistoryEntry,
  outcomeInputSchema,
  sinceInstant,
} from '@atlas/domain';
import { matchmakingKpis, recordInterestOutcome } from '@atlas/graph';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import { badInput } from '../errors';
import { aggregateOfOthers, figureOf } from '../read-scopes';
import { requireRecord } from '../require-record';
import { DemandInterestRef } from './demand';

/** What became of firms' interests in demands, and what matchmaking achieved per industry (docs/outcomes.md). */

export const OutcomeStepEnum = builder.enumType('OutcomeStep', {
  description:
    'INTERESTED → CONTACTED → QUOTED → CONTRACTED → DELIVERED (CONTACTED may go straight to CONTRACTED), or LOST from any open step.',
  values: OUTCOME_STEPS,
});

export const LostReasonEnum = builder.enumType('LostReason', { values: LOST_REASONS });

const OutcomeHistoryEntryRef = builder.objectRef<OutcomeHistoryEntry>('OutcomeHistoryEntry').implement({
  description: 'One recorded step: which, when (ISO instant), by which user.',
  fields: (t) => ({
    step: t.field({ type: OutcomeStepEnum, resolve: (e) => e.step }),
    at: t.exposeString('at'),
    by: t.exposeString('by'),
  }),
});

const parties = (i: { posterId: string; companyId: string }) => [i.posterId, i.companyId];
const PARTIES_ONLY = 'Null unless you are the poster, the interested firm, a promotion officer, analyst or admin.';

builder.objectFields(DemandInterestRef, (t) => ({
  outcome: t.field({ type: OutcomeStepEnum, description: 'Where the deal is now.', resolve: (i) => i.step }),
  history: t.field({ type: [OutcomeHistoryEntryRef], resolve: (i) => i.history }),
  contractValue: t.exposeFloat('contractValue', { ...figureOf(parties), description: `万元. ${PARTIES_ONLY}` }),
  contractedAt: t.exposeString('contractedAt', { nullable: true, description: 'The contract’s date (YYYY-MM-DD).' }),
  deliveredAt: t.exposeString('deliveredAt', { nullable: true, description: 'The delivery’s date (YYYY-MM-DD).' }),
  lostReason: t.field({ type: LostReasonEnum, nullable: true, resolve: (i) => i.lostReason }),
  outcomeNote: t.exposeString('outcomeNote', { nullable: true }),
}));

builder.mutationField('recordInterestOutcome', (t) =>
  t.field({
    type: DemandInterestRef,
    description:
      'Moves a firm’s interest in a demand to its next step: the demand’s poster or an admin records any step, the interested firm CONTACTED, QUOTED and LOST. ' +
      'CONTRACTED needs contractValue (万元) and date, DELIVERED a date, LOST a reason.',
    args: {
      demandId: t.arg.id({ required: true }),
      companyId: t.arg.id({ required: true, description: 'The interested firm.' }),
      step: t.arg({ type: OutcomeStepEnum, required: true }),
      contractValue: t.arg.float({ description: '万元; CONTRACTED only.' }),
      date: t.arg.string({ description: 'YYYY-MM-DD; CONTRACTED and DELIVERED.' }),
      reason: t.arg({ type: LostReasonEnum, description: 'LOST only.' }),
      note: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const user = requireUser(context);
      const demand = await requireRecord('demand', args.demandId, context.loaders.demand);
      const companyId = String(args.companyId);
      enforce(mayRecordOutcome(user, demand.posterId, companyId, args.step));
      const parsed = outcomeInputSchema.safeParse({
        step: args.step,
        contractValue: args.contractValue,
        date: args.date,
        reason: args.reason,
        note: args.note,
      });
      if (!parsed.success) {
        throw badInput(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
      }
      const result = await requireRecord('interest of company in demand', `${companyId} / ${demand.id}`, () =>
        recordInterestOutcome(
          context.executor,
          demand.id,
          companyId,
          parsed.data,
          user.username,
          new Date().toISOString(),
        ),
      );
      if ('problem' in result) throw badInput(result.problem);
      context.logger.info({ demandId: demand.id, companyId, step: parsed.data.step, user: user.username }, 'outcome');
      return result.interest;
    },
  }),
);

const FunnelCountRef = builder.objectRef<MatchmakingKpis['funnel'][number]>('FunnelCount').implement({
  fields: (t) => ({
    step: t.field({ type: OutcomeStepEnum, resolve: (f) => f.step }),
    reached: t.exposeInt('reached', { description: 'Interests whose furthest step is this one or later.' }),
    conversion: t.exposeFloat('conversion', {
      nullable: true,
      description: 'reached(next step) / reached(this step); null for DELIVERED or when none reached this step.',
    }),
  }),
});

const LostCountRef = builder.objectRef<MatchmakingKpis['lostByReason'][number]>('LostCount').implement({
  fields: (t) => ({
    reason: t.field({ type: LostReasonEnum, resolve: (l) => l.reason }),
    count: t.exposeInt('count'),
  }),
});

const VALUES_ONLY =
  'Sum over other firms’ contracts (万元): null unless you are a promotion officer, analyst or admin.';
const value = (what: string) => ({ ...aggregateOfOthers, description: `${what}. ${VALUES_ONLY}` });

const MatchmakingKpisRef = builder.objectRef<MatchmakingKpis>('MatchmakingKpis').implement({
  description:
    'What matchmaking achieved in an industry: interests expressed on its demands, how far they went, the contracts. ' +
    'Counts for everyone signed in; values for the district-wide roles.',
  fields: (t) => ({
    industryId: t.exposeID('industryId'),
    since: t.exposeString('since', { nullable: true, description: 'Counted from this instant; null: all time.' }),
    matches: t.exposeInt('matches', { description: 'Interests expressed on the industry’s demands.' }),
    funnel: t.field({ type: [FunnelCountRef], resolve: (k) => k.funnel }),
    lost: t.exposeInt('lost'),
    lostByReason: t.field({ type: [LostCountRef], resolve: (k) => k.lostByReason }),
    contracted: t.exposeInt('contracted', { description: 'Interests contracted now (CONTRACTED or DELIVERED).' }),
    delivered: t.exposeInt('delivered'),
    contractedValue: t.exposeFloat('contractedValue', value('Contracted now, every supplier')),
    contractedValueJinshan: t.exposeFloat('contractedValueJinshan', value('Contracted with suppliers in 金山区')),
    contractedValueShanghai: t.exposeFloat(
      'contractedValueShanghai',
      value('Contracted with suppliers in 上海市, 金山区 included'),
    ),
    contractedValueNonLocal: t.exposeFloat(
      'contractedValueNonLocal',
      value('Contracted with suppliers outside 上海市'),
    ),
    deliveredValue: t.exposeFloat('deliveredValue', value('Delivered')),
  }),
});

builder.queryField('matchmakingKpis', (t) =>
  t.field({
    type: MatchmakingKpisRef,
    description: 'Matchmaking outcomes of an industry (docs/outcomes.md); signed-in users only.',
    args: {
      industryId: t.arg.id({ required: true }),
      since: t.arg.string({
        description: 'Count interests expressed from this date (YYYY-MM-DD, Shanghai) or instant.',
      }),
    },
    resolve: async (_root, args, context) => {
      requireUser(context);
      const since = args.since ? sinceInstant(args.since) : null;
      if (args.since && !since) throw badInput('since: not a date (YYYY-MM-DD or an ISO date-time)');
      return requireRecord('industry', args.industryId, (industryId) =>
        context.analytics.cached('matchmakingKpis', { industryId, since }, () =>
          matchmakingKpis(context.executor, industryId, since),
        ),
      );
    },
  }),
);
