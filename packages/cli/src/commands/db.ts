import { ensureClasspath, localNeo4jStatus, resolveTarget, startLocalNeo4j, stopLocalNeo4j } from '@atlas/neo4j-local';
import { defineCommand, UsageError } from '../args';
import { atMost } from '../option-parsers';

const ACTIONS = ['start', 'stop', 'status', 'install'];
const USAGE = `atlas db <${ACTIONS.join('|')}>`;

/** Manages the local Neo4j; with NEO4J_URI set there is nothing local to manage. */
export const db = defineCommand({
  name: 'db',
  summary: 'start, stop or inspect the local Neo4j (install fetches its jars only)',
  usage: USAGE,
  options: {},
  async run({ positionals }, out) {
    const [action] = positionals;
    atMost(positionals, 1);
    if (!action || !ACTIONS.includes(action)) throw new UsageError(action ? `unknown action "${action}"` : 'no action');
    const target = resolveTarget();
    if (target.kind === 'external') {
      out(`NEO4J_URI is set (${target.uri}): Chain Atlas uses that server and starts nothing locally.`);
      return action === 'status' ? 0 : 1;
    }
    const { local, password } = target;
    switch (action) {
      case 'start': {
        const server = await startLocalNeo4j(local, { password, progress: out });
        out(
          server.started
            ? `Neo4j is running (pid ${server.pid}); stop it with "pnpm atlas db stop".`
            : 'Neo4j was already running.',
        );
        return 0;
      }
      case 'stop': {
        out((await stopLocalNeo4j(local)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
        return 0;
      }
      case 'status': {
        const status = await localNeo4jStatus(local, password);
        const state = status.answering === 'ready' ? 'up' : status.running ? 'starting or unhealthy' : 'down';
        out(
          `Neo4j ${local.version} at ${target.uri}: ${state}${status.pid ? ` (pid ${status.pid})` : ''}; data ${local.home}`,
        );
        return status.answering === 'ready' ? 0 : 3;
      }
      case 'install': {
        await ensureClasspath(local, out);
        out(`Neo4j ${local.version} jars are ready.`);
        return 0;
      }
      default:
        throw new UsageError(`unknown action "${action}"`);
    }
  },
});
