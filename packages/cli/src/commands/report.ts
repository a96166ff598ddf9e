import { writeFileSync } from 'node:fs';
import { buildReport, isReportFormat, REPORT_FORMATS, reportFilenames, shanghaiToday } from '@atlas/api';
import { ConfigError } from '@atlas/config';
import { DEFAULT_RADIUS } from '@atlas/domain';
import { SnapshotNotFoundError } from '@atlas/graph';
import { ReportFontError } from '@atlas/report';
import { defineCommand, UsageError } from '../args';
import { openGraph, withGraph } from '../open-graph';
import { atMost, choiceOption, radiusOption } from '../option-parsers';

const USAGE = `atlas report <industryId> <${REPORT_FORMATS.join('|')}> [file] [--radius R] [--since SNAPSHOT] [--lang en]`;

/**
 * The industry report, as `GET /report` serves it. Run on the server by its operator, who reads the database
 * directly anyway: the report is the district-wide roles' one (contracted values included).
 */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'write an industry report (PDF or DOCX, Chinese or English) for a leadership meeting',
  usage: USAGE,
  options: { radius: { type: 'string' }, since: { type: 'string' }, lang: { type: 'string' } },
  async run({ values, positionals }, out) {
    const [industryId, format, file] = positionals;
    atMost(positionals, 3);
    if (!industryId || !format) throw new UsageError('needs <industryId> and <format>');
    if (!isReportFormat(format)) throw new UsageError(`format "${format}" is not one of ${REPORT_FORMATS.join(', ')}`);
    const radius = radiusOption(values.radius, DEFAULT_RADIUS);
    const lang = choiceOption('lang', values.lang, ['zh', 'en'], 'zh');
    const date = shanghaiToday();
    return withGraph(openGraph, out, async (graph) => {
      const viewer = { id: 'atlas-cli', username: 'atlas-cli', role: 'ADMIN' as const, companyId: null };
      const request = { industryId, radius, since: values.since ?? null, viewer, date };
      const body = await buildReport(graph.executor, request, format, lang).catch((error) => {
        // Both are one-line, fixable problems: say them as such, without a stack.
        if (error instanceof SnapshotNotFoundError || error instanceof ReportFontError)
          throw new ConfigError(error.message);
        throw error;
      });
      if (!body) throw new ConfigError(`industry "${industryId}" does not exist (run "pnpm atlas seed" first?)`);
      const target = file ?? reportFilenames(industryId, radius, date, format, lang).ascii;
      writeFileSync(target, body);
      out(`Wrote ${target} (${Math.round(body.length / 1024)} KB).`);
      return 0;
    });
  },
});
