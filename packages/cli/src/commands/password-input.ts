import { ConfigError } from '@atlas/config';

/** Where a command gets a password: a no-echo prompt on a terminal, else the first line of standard input. */
export type PasswordSource = (prompt: string) => Promise<string>;

export const readPassword: PasswordSource = (prompt) =>
  process.stdin.isTTY ? promptTwice(prompt) : firstLine(process.stdin);

/** The first line of a stream (a pipe or a file), without its line ending. */
export async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw new ConfigError('no password on standard input: pipe it in, e.g. pnpm atlas user … < file');
  return line;
}

async function promptTwice(prompt: string): Promise<string> {
  const first = await promptHidden(prompt);
  const again = await promptHidden('Again: ');
  if (first !== again) throw new ConfigError('the two passwords differ; nothing changed');
  return first;
}

/** Reads one line from the terminal in raw mode, echoing nothing; Ctrl-C aborts. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new ConfigError('cancelled'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
