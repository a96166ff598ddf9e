import { writeFileSync } from 'node:fs';
import { buildReport, isReportFormat, REPORT_FORMATS, reportFilenames, shanghaiToday } from '@atlas/api';
import { RADII, type Radius } from '@atlas/domain';
import { SnapshotNotFoundError } from '@atlas/graph';
import { ConfigError } from '@atlas/neo4j-local';
import { ReportFontError } from '@atlas/report';
import type { Command } from '../command';
import { openGraph } from '../open-graph';

const USAGE = `atlas report <industryId> <${REPORT_FORMATS.join('|')}> [file] [--radius R] [--since SNAPSHOT] [--lang en]`;

/**
 * The industry report, as `GET /report` serves it. Run on the server by its operator, who reads the database
 * directly anyway: the report is the district-wide roles' one (contracted values included).
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write an industry report (PDF or DOCX, Chinese or English) for a leadership meeting',
  usage: USAGE,
  async run(args, out) {
    const { positional, options } = parseArgs(args);
    const [industryId, format, file] = positional;
    if (!industryId || !format || positional.length > 3) throw new ConfigError(`usage: ${USAGE}`);
    if (!isReportFormat(format)) throw new ConfigError(`format "${format}" is not one of ${REPORT_FORMATS.join(', ')}`);
    const radius = (options.radius ?? 'JINSHAN').toUpperCase();
    if (!(RADII as readonly string[]).includes(radius))
      throw new ConfigError(`radius must be one of ${RADII.join(', ')}`);
    const langOption = (options.lang ?? 'zh').toLowerCase();
    if (langOption !== 'zh' && langOption !== 'en') throw new ConfigError('--lang must be zh or en');
    const date = shanghaiToday();
    const graph = await openGraph(out);
    try {
      const viewer = { id: 'atlas-cli', username: 'atlas-cli', role: 'ADMIN' as const, companyId: null };
      const request = { industryId, radius: radius as Radius, since: options.since ?? null, viewer, date };
      const body = await buildReport(graph.executor, request, format, langOption).catch((error) => {
        // Both are one-line, fixable problems: say them as such, without a stack.
        if (error instanceof SnapshotNotFoundError || error instanceof ReportFontError)
          throw new ConfigError(error.message);
        throw error;
      });
      if (!body) throw new ConfigError(`industry "${industryId}" does not exist (run "pnpm atlas seed" first?)`);
      const target = file ?? reportFilenames(industryId, radius as Radius, date, format, langOption).ascii;
      writeFileSync(target, body);
      out(`Wrote ${target} (${Math.round(body.length / 1024)} KB).`);
      return 0;
    } finally {
      await graph.close();
    }
  },
};

const OPTIONS = ['radius', 'since', 'lang'] as const;

function parseArgs(args: string[]) {
  const positional: string[] = [];
  const options: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2) as (typeof OPTIONS)[number];
    const value = args[i + 1];
    if (!OPTIONS.includes(name)) throw new ConfigError(`unknown option ${arg}; usage: ${USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new ConfigError(`${arg} needs a value`);
    options[name] = value;
    i++;
  }
  return { positional, options };
}
