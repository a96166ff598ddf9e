import { writeFileSync } from 'node:fs';
import { ConfigError } from '@atlas/config';
import { DEFAULT_RADIUS } from '@atlas/domain';
import { EXPORT_FORMATS, isExportFormat, readChainExport, renderExport } from '@atlas/graph';
import { defineCommand, UsageError } from '../args';
import { openGraph, withGraph } from '../open-graph';
import { atMost, radiusOption } from '../option-parsers';

const USAGE = `atlas export <industryId> <${EXPORT_FORMATS.join('|')}> [file] [--radius R]`;

/** Writes an industry's chain map (segments, flows, statuses, local firms) to a file, as `GET /export` does. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'export a chain map as GraphML, GEXF, JSON, CSV, XLSX or Cypher',
  usage: USAGE,
  options: { radius: { type: 'string' } },
  async run({ values, positionals }, out) {
    const [industryId, format, file] = positionals;
    atMost(positionals, 3);
    if (!industryId || !format) throw new UsageError('needs <industryId> and <format>');
    if (!isExportFormat(format)) throw new UsageError(`format "${format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
    const radius = radiusOption(values.radius, DEFAULT_RADIUS);
    return withGraph(openGraph, out, async (graph) => {
      const data = await readChainExport(graph.executor, industryId, radius);
      if (!data) throw new ConfigError(`industry "${industryId}" does not exist (run "pnpm atlas seed" first?)`);
      const target = file ?? `${industryId}-${radius.toLowerCase()}.${format}`;
      const body = await renderExport(data, format);
      writeFileSync(target, body);
      out(
        `Wrote ${target}: ${data.segments.length} segments, ${data.flows.length} flows, ${data.firms.length} local firms.`,
      );
      return 0;
    });
  },
});
