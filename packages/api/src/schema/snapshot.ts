import {
  type GapChange,
  type KpiDelta,
  mayCreateSnapshot,
  type SegmentStatusChange,
  type SnapshotDiff,
  type SnapshotSummary,
} from '@atlas/domain';
import {
  chainDiffFor,
  createSnapshots,
  listSnapshots,
  SnapshotNotFoundError,
  snapshotLabelProblem,
} from '@atlas/graph';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import { apiError, badInput } from '../errors';
import { requireIndustry } from '../require-record';
import { RadiusEnum, SegmentStatusEnum } from './enums';
import { IndustryKpisRef } from './kpis';

/** Snapshots and chain diffs (docs/snapshots.md): how an industry's chain changed over time. */
const SnapshotRef = builder.objectRef<SnapshotSummary>('Snapshot').implement({
  description: 'The chain of one industry at one radius as stored at a moment; snapshots taken together share setId.',
  fields: (t) => ({
    id: t.exposeID('id'),
    setId: t.exposeID('setId'),
    industryId: t.exposeID('industryId'),
    radius: t.field({ type: RadiusEnum, resolve: (s) => s.radius }),
    label: t.exposeString('label', { nullable: true }),
    createdAt: t.exposeString('createdAt', { description: 'ISO 8601, UTC.' }),
    minConfidence: t.exposeFloat('minConfidence'),
    kpis: t.field({ type: IndustryKpisRef, resolve: (s) => s.kpis }),
  }),
});

const SegmentStatusChangeRef = builder.objectRef<SegmentStatusChange>('SegmentStatusChange').implement({
  description: 'A leaf whose status changed; from or to is null when the industry definition added or dropped it.',
  fields: (t) => ({
    segmentId: t.exposeID('segmentId'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    tier: t.exposeString('tier'),
    from: t.field({ type: SegmentStatusEnum, nullable: true, resolve: (c) => c.from }),
    to: t.field({ type: SegmentStatusEnum, nullable: true, resolve: (c) => c.to }),
    fromCount: t.exposeInt('fromCount', { description: 'Local firms then.' }),
    toCount: t.exposeInt('toCount', { description: 'Local firms now.' }),
  }),
});

const GapChangeRef = builder.objectRef<GapChange>('GapChange').implement({
  description: 'A gap that closed (status and priority as they were) or opened (as they are).',
  fields: (t) => ({
    segmentId: t.exposeID('segmentId'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    status: t.field({ type: SegmentStatusEnum, resolve: (g) => g.status }),
    priority: t.exposeFloat('priority'),
  }),
});

const KpiDeltaRef = builder.objectRef<KpiDelta>('KpiDelta').implement({
  description: 'One IndustryKpis field then and now; delta null when either side is null.',
  fields: (t) => ({
    kpi: t.exposeString('kpi', { description: 'The IndustryKpis field name, e.g. coverage.' }),
    from: t.exposeFloat('from', { nullable: true }),
    to: t.exposeFloat('to', { nullable: true }),
    delta: t.exposeFloat('delta', { nullable: true }),
  }),
});

const ChangedFirmRef = builder.objectRef<{ id: string; name: string }>('ChangedFirm').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const FirmChangesRef = builder.objectRef<SnapshotDiff['firmsArrived']>('FirmChanges').implement({
  description:
    'Local firms that arrived or left: the first 50 by name, count covers all; known false when a side kept counts only.',
  fields: (t) => ({
    count: t.exposeInt('count'),
    known: t.exposeBoolean('known'),
    firms: t.field({ type: [ChangedFirmRef], resolve: (f) => f.firms }),
  }),
});

const FirmCountsRef = builder.objectRef<{ local: number; all: number }>('FirmCounts').implement({
  fields: (t) => ({
    local: t.exposeInt('local', { description: 'Distinct local firms in any leaf.' }),
    all: t.exposeInt('all', { description: "Distinct firms in the industry's segments at any place." }),
  }),
});

const ChainDiffRef = builder.objectRef<SnapshotDiff>('ChainDiff').implement({
  description: 'What changed in an industry between a snapshot and another snapshot, or the live graph (to null).',
  fields: (t) => ({
    industryId: t.exposeID('industryId'),
    radius: t.field({ type: RadiusEnum, resolve: (d) => d.radius }),
    from: t.field({ type: SnapshotRef, resolve: (d) => d.from }),
    to: t.field({ type: SnapshotRef, nullable: true, resolve: (d) => d.to }),
    segments: t.field({ type: [SegmentStatusChangeRef], resolve: (d) => d.segments }),
    gapsClosed: t.field({ type: [GapChangeRef], resolve: (d) => d.gapsClosed }),
    gapsOpened: t.field({ type: [GapChangeRef], resolve: (d) => d.gapsOpened }),
    kpis: t.field({ type: [KpiDeltaRef], resolve: (d) => d.kpis }),
    firmCountsFrom: t.field({ type: FirmCountsRef, resolve: (d) => d.firmCounts.from }),
    firmCountsTo: t.field({ type: FirmCountsRef, resolve: (d) => d.firmCounts.to }),
    firmsArrived: t.field({ type: FirmChangesRef, resolve: (d) => d.firmsArrived }),
    firmsLeft: t.field({ type: FirmChangesRef, resolve: (d) => d.firmsLeft }),
  }),
});

/** An unknown snapshot (or one of another industry, or a set without the radius) is NOT_FOUND with the reason. */
function mapSnapshotError(error: unknown): never {
  if (error instanceof SnapshotNotFoundError) throw apiError('NOT_FOUND', error.message);
  throw error;
}

builder.queryField('snapshots', (t) =>
  t.field({
    type: [SnapshotRef],
    description: "An industry's snapshots, oldest first (radii in order within a set); one radius when given.",
    args: { industryId: t.arg.id({ required: true }), radius: t.arg({ type: RadiusEnum }) },
    resolve: async (_root, args, { executor, loaders }) => {
      const industry = await requireIndustry(loaders, args.industryId);
      return listSnapshots(executor, industry.id, args.radius ?? null);
    },
  }),
);

builder.queryField('chainDiff', (t) =>
  t.field({
    type: ChainDiffRef,
    description:
      'Segments that changed status, gaps closed and opened, KPI deltas and firms that arrived or left between ' +
      'snapshot `from` and snapshot `to` (null: now). `radius` picks the member of each set at that radius ' +
      "(default: from's radius).",
    args: {
      industryId: t.arg.id({ required: true }),
      from: t.arg.id({ required: true }),
      to: t.arg.id(),
      radius: t.arg({ type: RadiusEnum }),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const industry = await requireIndustry(loaders, args.industryId);
      const from = String(args.from);
      const to = args.to === null || args.to === undefined ? null : String(args.to);
      const radius = args.radius ?? null;
      return analytics
        .cached('chainDiff', { id: industry.id, from, to, radius }, () =>
          chainDiffFor(executor, industry.id, from, to, radius),
        )
        .catch(mapSnapshotError);
    },
  }),
);

builder.mutationField('createSnapshot', (t) =>
  t.field({
    type: [SnapshotRef],
    description: 'Snapshots an industry now at every radius (or one): promotion officers and admins.',
    args: {
      industryId: t.arg.id({ required: true }),
      label: t.arg.string({ description: 'e.g. 2026Q4; 1..60 characters.' }),
      radius: t.arg({ type: RadiusEnum }),
    },
    resolve: async (_root, args, context) => {
      enforce(mayCreateSnapshot(requireUser(context)));
      const problem = snapshotLabelProblem(args.label);
      if (problem) throw badInput(problem);
      const industry = await requireIndustry(context.loaders, args.industryId);
      const { created } = await createSnapshots(context.executor, {
        industryIds: [industry.id],
        label: args.label ?? null,
        ...(args.radius ? { radii: [args.radius] } : {}),
      });
      return created;
    },
  }),
);
