import { createSnapshots, listSnapshots, SnapshotNotFoundError, snapshotLabelProblem } from '@atlas/graph';
import { defineCommand, UsageError } from '../args';
import { type GraphOpener, type OpenGraph, openGraph as openConfiguredGraph, withGraph } from '../open-graph';
import { atMost, radiusOption } from '../option-parsers';
import { printable } from '../printable';

const USAGE =
  'atlas snapshot create [--label 2026Q4] [--industry id] [--radius JINSHAN] | list [--industry id] ' +
  '(create: every industry at every radius unless narrowed)';

/**
 * The CLI side of snapshots (docs/snapshots.md): `create` stores, per industry, one snapshot per radius in one
 * write; `list` prints an industry's snapshots (or every industry's) oldest first with their headline KPIs. The
 * production schedule (ATLAS_SNAPSHOT_EVERY) does what `create` does, labelled `auto`.
 */
export const createSnapshotCommand = (openGraph: GraphOpener = openConfiguredGraph) =>
  defineCommand({
    name: 'snapshot',
    summary: 'store the chain of each industry now (snapshot create) or list stored snapshots',
    usage: USAGE,
    options: { label: { type: 'string' }, industry: { type: 'string' }, radius: { type: 'string' } },
    async run({ values, positionals }, print) {
      const out = (line: string) => print(printable(line));
      const [action] = positionals;
      if (action !== 'create' && action !== 'list') throw new UsageError('expected create or list');
      atMost(positionals, 1);
      if (action === 'list' && (values.label !== undefined || values.radius !== undefined))
        throw new UsageError('list takes --industry only');
      const radius = radiusOption(values.radius);
      const problem = snapshotLabelProblem(values.label);
      if (problem) throw new UsageError(`--label: ${problem}`);
      try {
        return await withGraph(openGraph, out, async (graph) => {
          if (action === 'list') return list(graph, values.industry, out);
          const started = Date.now();
          const { created } = await createSnapshots(graph.executor, {
            ...(values.industry ? { industryIds: [values.industry] } : {}),
            ...(radius ? { radii: [radius] } : {}),
            label: values.label ?? null,
            progress: (line) => out(`  ${line}`),
          });
          const industries = new Set(created.map((s) => s.industryId)).size;
          out(
            `✔ ${created.length} snapshot(s) of ${industries} industr${industries === 1 ? 'y' : 'ies'} stored in ` +
              `${((Date.now() - started) / 1000).toFixed(1)} s${values.label ? ` as "${values.label.trim()}"` : ''}`,
          );
          return 0;
        });
      } catch (error) {
        if (error instanceof SnapshotNotFoundError) {
          out(`✖ ${error.message}`);
          return 1;
        }
        throw error;
      }
    },
  });

export const snapshotCommand = createSnapshotCommand();

async function list(graph: OpenGraph, industryId: string | undefined, out: (line: string) => void): Promise<number> {
  const industries = industryId
    ? [industryId]
    : (
        await graph.executor.read<{ id: string }>('snapshot-list', 'MATCH (i:Industry) RETURN i.id AS id ORDER BY id')
      ).map((r) => r.id);
  let total = 0;
  for (const id of industries) {
    const snapshots = await listSnapshots(graph.executor, id);
    total += snapshots.length;
    for (const s of snapshots) {
      const k = s.kpis;
      const rate = k.localSupportRate === null ? '—' : pct(k.localSupportRate);
      out(
        `${s.createdAt}  ${s.industryId} ${s.radius.padEnd(8)} ${(s.label ?? '').padEnd(12)} coverage ${pct(k.coverage)}` +
          `  key links ${pct(k.keyLinkCoverage)}  local supply ${rate}  missing ${k.missing} weak ${k.weak} strong ${k.strong}  ${s.id}`,
      );
    }
  }
  out(`${total} snapshot(s)${industryId ? ` of ${industryId}` : ''}`);
  return 0;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
