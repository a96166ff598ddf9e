import { type ChildProcess, spawn } from 'node:child_process';
import { repoRoot } from '@atlas/config';

/** Lines a child prints with this prefix carry its JSON result; everything else is progress. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** A TypeScript entry point in its own Node process (tsx as a loader, so the pid is the process itself). */
export function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Waits for a child started by `spawnTs` to exit and returns the JSON it printed after RESULT_PREFIX. */
export function childResult<T>(child: ChildProcess, name: string, onLine: (line: string) => void = () => {}) {
  return new Promise<T>((resolve, reject) => {
    let result: T | undefined;
    const tail: string[] = [];
    const read = (chunk: Buffer, buffer: { text: string }) => {
      buffer.text += chunk.toString('utf8');
      const lines = buffer.text.split('\n');
      buffer.text = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
        else if (line.trim()) {
          tail.push(line);
          if (tail.length > 20) tail.shift();
          onLine(line);
        }
      }
    };
    const out = { text: '' };
    const err = { text: '' };
    child.stdout?.on('data', (chunk: Buffer) => read(chunk, out));
    child.stderr?.on('data', (chunk: Buffer) => read(chunk, err));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`${name} exited with ${code}:\n${tail.join('\n')}`));
    });
  });
}

/** Prints a child's result for `childResult`. */
export function printResult(value: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(value)}\n`);
}
