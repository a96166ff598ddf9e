import { ConfigError } from '@atlas/config';
import type { DemoAccounts, GraphExecutor } from '@atlas/graph';
import { demoUsersLeftDisabled, disableDemoAccounts, ensureDemoUsers } from './auth/demo-users';
import type { ApiConfig } from './config';

/** What `pnpm start` does to the graph before listening; the I/O is passed in so tests can watch each step. */
export interface StartupSteps {
  /** True when no industry has been loaded yet. */
  isEmpty(): Promise<boolean>;
  /** The seven industries and the synthetic demo firms (demo mode only). */
  loadDemo(): Promise<void>;
  /** The seven industries' chain structure alone: segments, no firms (production on an empty graph). */
  loadIndustries(): Promise<void>;
  countCompanies(): Promise<number>;
  countEnabledAdmins(): Promise<number>;
  /** Which accounts are the demo's (the whole graph; tests narrow it). */
  demoAccounts?: DemoAccounts;
}

/**
 * Demo: an empty graph gets the demo data and the demo users. Production never writes a synthetic firm: an empty
 * graph gets only the industries, every demo account is disabled whatever its password, and the messages say how to
 * import the register and create the first admin.
 */
export async function prepareGraph(
  executor: GraphExecutor,
  config: Pick<ApiConfig, 'mode' | 'demoPassword'>,
  steps: StartupSteps,
  say: (line: string) => void,
): Promise<void> {
  const empty = await steps.isEmpty();
  if (config.mode === 'demo') {
    if (empty) await steps.loadDemo();
    const created = await ensureDemoUsers(executor, config.demoPassword);
    if (created)
      say(
        'Demo users ready (admin, officer, leader, sme, analyst; password from ATLAS_DEMO_PASSWORD or "atlas-demo").',
      );
    const disabled = await demoUsersLeftDisabled(executor, steps.demoAccounts);
    if (disabled.length)
      say(
        `Demo users disabled since this graph ran in production: ${disabled.join(', ')}. ` +
          'Enable one with: pnpm atlas user enable <name>',
      );
    return;
  }
  if (empty) {
    say('Empty graph, production mode: loading the seven industries (no demo firms)…');
    await steps.loadIndustries();
  }
  const disabled = await disableDemoAccounts(executor, steps.demoAccounts);
  if (disabled.length) say(`Production mode: disabled the demo users ${disabled.join(', ')} (and their tokens).`);
  if ((await steps.countCompanies()) === 0)
    say(
      'No firms yet. Import your register: pnpm atlas import register <file.csv|file.xlsx> ' +
        '(templates in data/templates/; see docs/OPERATIONS.md "Going to production").',
    );
  if ((await steps.countEnabledAdmins()) === 0)
    say('No admin yet. Create the first one: pnpm atlas user add <name> --role ADMIN (asks for the password).');
}

/** Demo mode serves anyone who can reach it without a password worth the name: loopback only. */
export function checkDemoHost(mode: ApiConfig['mode'], host: string): void {
  if (mode === 'demo' && !isLoopback(host))
    throw new ConfigError(
      `ATLAS_HOST=${host} refused: demo mode listens on loopback only. To serve a network, run production: ` +
        'ATLAS_MODE=production ATLAS_JWT_SECRET=… ATLAS_PUBLIC_HOST=… (docs/OPERATIONS.md "Going to production")',
    );
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
