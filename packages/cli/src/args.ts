import { parseArgs } from 'node:util';
import type { Command } from './command';
import { printable } from './printable';

/** Arguments that do not fit the command's usage: printed as "✖ <why>; usage: …", exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;
export type OptionValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};
export interface ParsedArgs<O extends OptionSpec> {
  values: OptionValues<O>;
  positionals: string[];
}

/** `node:util` parseArgs, strict: unknown options and missing values become a `UsageError` saying which. */
export function parseOptions<O extends OptionSpec>(args: string[], options: O): ParsedArgs<O> {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  throw error;
}

/**
 * An `atlas` sub-command whose arguments are parsed by `parseOptions` before `run` sees them. A `UsageError` thrown
 * by the parse or by `run`'s own checks prints one line with the usage and exits 2; `usage` is the full form (the
 * help listing shows `synopsis` when given, a shorter one).
 */
export function defineCommand<O extends OptionSpec>(spec: {
  name: string;
  summary: string;
  usage: string;
  synopsis?: string;
  options: O;
  run(parsed: ParsedArgs<O>, out: (line: string) => void): Promise<number>;
}): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.synopsis ?? spec.usage,
    async run(args, out) {
      try {
        return await spec.run(parseOptions(args, spec.options), out);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        out(printable(`✖ ${error.message}; usage: ${spec.usage}`));
        return 2;
      }
    },
  };
}
