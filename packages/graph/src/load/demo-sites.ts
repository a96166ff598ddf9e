import { demoSites } from '@atlas/domain';
import { upsertSites } from '../queries/sites';
import type { DemoExtra } from './demo-extras';

/** The demo's synthetic plots and floors (domain/sites/demo-sites.ts), one transaction, same ids every run. */
export const demoSitesExtra: DemoExtra = {
  name: 'demo sites',
  async load(executor) {
    const sites = demoSites();
    const written = await executor.writeTx('demo-sites', (tx) => upsertSites(tx, sites));
    return `${written} plots and floors (synthetic)`;
  },
};
