import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineCommand, parseOptions, UsageError } from './args';
import { radiusOption, wholeNumberOption } from './option-parsers';
import { COMMANDS } from './registry';

describe('parseOptions (node:util parseArgs, strict)', () => {
  const options = { label: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;

  it('gives values and positionals, --name=value included', () => {
    expect(parseOptions(['a', '--label=x', 'b', '--dry-run'], options)).toEqual({
      values: { label: 'x', 'dry-run': true },
      positionals: ['a', 'b'],
    });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--label'], '--label needs a value'],
    [['--label', '--dry-run'], '--label needs a value'],
    [['--dry-run=yes'], '--dry-run takes no value'],
  ])('%j: %s', (args, message) => {
    expect(() => parseOptions(args, options)).toThrow(new UsageError(message));
  });
});

describe('defineCommand', () => {
  const command = defineCommand({
    name: 'demo',
    summary: 'a demo',
    usage: 'atlas demo <x> [--n N]',
    options: { n: { type: 'string' } },
    run: async ({ values }) => wholeNumberOption('n', values.n, 0),
  });

  it('prints one line with the usage and exits 2 on bad arguments, from the parse or from run', async () => {
    const lines: string[] = [];
    expect(await command.run(['--x'], (l) => lines.push(l))).toBe(2);
    expect(await command.run(['--n', '1.5'], (l) => lines.push(l))).toBe(2);
    expect(lines).toEqual([
      '✖ unknown option --x; usage: atlas demo <x> [--n N]',
      '✖ --n must be a whole number, got "1.5"; usage: atlas demo <x> [--n N]',
    ]);
    expect(await command.run(['--n', '1_000'], () => {})).toBe(1000);
  });
});

describe('option parsers', () => {
  it('whole numbers within bounds, radii in any case', () => {
    expect(wholeNumberOption('top', undefined, 3, { min: 1, max: 3 })).toBe(3);
    expect(() => wholeNumberOption('top', '9', 3, { min: 1, max: 3 })).toThrow(
      '--top must be a whole number from 1 to 3, got "9"',
    );
    expect(() => wholeNumberOption('size', '', 3)).toThrow(UsageError);
    expect(radiusOption('shanghai', 'JINSHAN')).toBe('SHANGHAI');
    expect(() => radiusOption('mars')).toThrow(/--radius must be one of JINSHAN/);
  });
});

describe('every atlas command', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s refuses an unknown option with its usage, before opening anything',
    async (_name, command) => {
      const lines: string[] = [];
      expect(await command.run(['--bogus'], (l) => lines.push(l))).toBe(2);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^✖ unknown option --bogus; usage: (atlas|pnpm atlas) /);
    },
  );

  it('the CLI holds no benchmark (packages/bench does, `pnpm bench`)', () => {
    const files = readdirSync(new URL('.', import.meta.url), { recursive: true }) as string[];
    expect(files.filter((f) => /bench/i.test(f))).toEqual([]);
    expect(COMMANDS.map((c) => c.name).filter((n) => n.includes('bench'))).toEqual([]);
  });
});
