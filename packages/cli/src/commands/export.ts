import { writeFileSync } from 'node:fs';
import { RADII, type Radius } from '@atlas/domain';
import { EXPORT_FORMATS, isExportFormat, readChainExport, renderExport } from '@atlas/graph';
import { ConfigError } from '@atlas/neo4j-local';
import type { Command } from '../command';
import { openGraph } from '../open-graph';

const USAGE = `atlas export <industryId> <${EXPORT_FORMATS.join('|')}> [file] [--radius R]`;

/** Writes an industry's chain map (segments, flows, statuses, local firms) to a file, as `GET /export` does. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export a chain map as GraphML, GEXF, JSON, CSV, XLSX or Cypher',
  usage: USAGE,
  async run(args, out) {
    const radiusAt = args.indexOf('--radius');
    const radius = (radiusAt >= 0 ? args[radiusAt + 1] : 'JINSHAN')?.toUpperCase() ?? '';
    const [industryId, format, file] =
      radiusAt >= 0 ? args.filter((_, i) => i !== radiusAt && i !== radiusAt + 1) : args;
    if (!industryId || !format) throw new ConfigError(`usage: ${USAGE}`);
    if (!isExportFormat(format)) throw new ConfigError(`format "${format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
    if (!(RADII as readonly string[]).includes(radius))
      throw new ConfigError(`radius must be one of ${RADII.join(', ')}`);
    const graph = await openGraph(out);
    try {
      const data = await readChainExport(graph.executor, industryId, radius as Radius);
      if (!data) throw new ConfigError(`industry "${industryId}" does not exist (run "pnpm atlas seed" first?)`);
      const target = file ?? `${industryId}-${radius.toLowerCase()}.${format}`;
      const body = await renderExport(data, format);
      writeFileSync(target, body);
      out(
        `Wrote ${target}: ${data.segments.length} segments, ${data.flows.length} flows, ${data.firms.length} local firms.`,
      );
      return 0;
    } finally {
      await graph.close();
    }
  },
};
