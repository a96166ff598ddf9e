/** One `atlas` sub-command: it prints through `out` and returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], out: (line: string) => void): Promise<number>;
}
