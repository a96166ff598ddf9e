import { RADII, type Radius } from '@atlas/domain';
import { createSnapshots, listSnapshots, SnapshotNotFoundError, snapshotLabelProblem } from '@atlas/graph';
import type { Command } from '../command';
import { type OpenGraph, openGraph as openConfiguredGraph } from '../open-graph';
import { printable } from './import';

const USAGE =
  'atlas snapshot create [--label 2026Q4] [--industry id] [--radius JINSHAN] | list [--industry id] ' +
  '(create: every industry at every radius unless narrowed)';

const VALUE_FLAGS = new Set(['--label', '--industry', '--radius']);

type Flags = Partial<Record<'--label' | '--industry' | '--radius', string>>;

/**
 * The CLI side of snapshots (docs/snapshots.md): `create` stores, per industry, one snapshot per radius in one
 * write; `list` prints an industry's snapshots (or every industry's) oldest first with their headline KPIs. The
 * production schedule (ATLAS_SNAPSHOT_EVERY) does what `create` does, labelled `auto`.
 */
export const createSnapshotCommand = (openGraph = openConfiguredGraph): Command => ({
  name: 'snapshot',
  summary: 'store the chain of each industry now (snapshot create) or list stored snapshots',
  usage: USAGE,
  async run(args, print) {
    const out = (line: string) => print(printable(line));
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      out(`usage: ${USAGE} (${parsed})`);
      return 2;
    }
    const { action, flags } = parsed;
    const graph: OpenGraph = await openGraph(out);
    try {
      if (action === 'list') return await list(graph, flags['--industry'], out);
      const started = Date.now();
      const { created } = await createSnapshots(graph.executor, {
        ...(flags['--industry'] ? { industryIds: [flags['--industry']] } : {}),
        ...(flags['--radius'] ? { radii: [flags['--radius'] as Radius] } : {}),
        label: flags['--label'] ?? null,
        progress: (line) => out(`  ${line}`),
      });
      const industries = new Set(created.map((s) => s.industryId)).size;
      out(
        `✔ ${created.length} snapshot(s) of ${industries} industr${industries === 1 ? 'y' : 'ies'} stored in ` +
          `${((Date.now() - started) / 1000).toFixed(1)} s${flags['--label'] ? ` as "${flags['--label'].trim()}"` : ''}`,
      );
      return 0;
    } catch (error) {
      if (error instanceof SnapshotNotFoundError) {
        out(`✖ ${error.message}`);
        return 1;
      }
      throw error;
    } finally {
      await graph.close();
    }
  },
});

export const snapshotCommand = createSnapshotCommand();

function parseArgs(args: string[]): { action: 'create' | 'list'; flags: Flags } | string {
  const [action, ...rest] = args;
  if (action !== 'create' && action !== 'list') return 'expected create or list';
  const flags: Flags = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!VALUE_FLAGS.has(arg)) return arg.startsWith('--') ? `unknown option ${arg}` : `unexpected ${arg}`;
    const value = rest[++i];
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    flags[arg as keyof Flags] = value;
  }
  if (action === 'list' && (flags['--label'] || flags['--radius'])) return 'list takes --industry only';
  const radius = flags['--radius'];
  if (radius !== undefined && !(RADII as readonly string[]).includes(radius))
    return `--radius must be one of ${RADII.join(', ')}`;
  const problem = snapshotLabelProblem(flags['--label']);
  if (problem) return `--label: ${problem}`;
  return { action, flags };
}

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
