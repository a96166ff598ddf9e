import { refreshOperationLocality } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';
import { api, baseUrl, expectNoConsoleErrors, signIn, useBrowser } from './browser';
import { apiChainMap, waitForChainMap } from './chainMap';

/**
 * Snapshots in the browser (issue #18 item 1): the promotion officer takes a snapshot of icv on the gap page (the
 * timeline gains a point), a 金山 firm of this test then arrives in a MISSING icv leaf, and the chain map's diff view,
 * compared with that snapshot, lists the leaf MISSING → WEAK and marks it on the map. The firm and the snapshots are
 * removed afterwards so the other tests see the demo chain unchanged.
 */
const executor = testExecutor();
const scope = testScope('snapshots-ui');
const firmId = scope.id('arrival');
const label = `test-${scope.prefix.slice(-8)}`;
let segmentId = '';

beforeAll(async () => {
  const segments = await apiChainMap('icv');
  const parents = new Set(segments.flatMap((s) => (s.parentId ? [s.parentId] : [])));
  const missing = segments.find((s) => s.status === 'MISSING' && !parents.has(s.id));
  segmentId = missing?.id ?? '';
  expect(segmentId, 'the demo icv chain has a MISSING leaf at JINSHAN').not.toBe('');
});

afterAll(async () => {
  await executor.write('test', 'MATCH (n:Snapshot {industryId: $industry, label: $label}) DETACH DELETE n', {
    industry: 'icv',
    label,
  });
  await scope.cleanup(executor);
});

describe('snapshots', () => {
  const session = useBrowser();

  it('takes a snapshot on the gap page, then the chain map marks the segment a new firm filled', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/industries/icv/gaps`);
    await signIn(page, 'officer');
    const timeline = page.getByTestId('snapshot-timeline');
    await timeline.waitFor();
    const before = Number(await timeline.getAttribute('data-count'));
    await page.getByTestId('snapshot-label').fill(label);
    await page.getByTestId('snapshot-take').click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="snapshot-timeline"]')?.getAttribute('data-count')) === n + 1,
      before,
      { timeout: 60_000 },
    );
    expect(await timeline.locator('svg .snapshot-point').count()).toBe(before + 1);
    await timeline.scrollIntoViewIfNeeded();
    await session.screenshot('snapshot-timeline');

    const { snapshots } = await api<{ snapshots: Array<{ id: string; label: string | null }> }>(
      'query { snapshots(industryId: "icv", radius: JINSHAN) { id label } }',
    );
    const snapshot = snapshots.find((s) => s.label === label);
    expect(snapshot).toBeDefined();

    await executor.write(
      'test',
      `CREATE (c:Company {id: $id, uscc: $id, name: '快照测试新入驻企业', size: 'small', chainLeader: false,
                          country: '中国', province: '上海市', city: '上海市', district: '金山区', synthetic: false,
                          source: 'registry'})
       WITH c MATCH (s:Segment {id: $segmentId})
       CREATE (c)-[:OPERATES_IN {source: 'survey', confidence: 1}]->(s)`,
      { id: firmId, segmentId },
    );
    await executor.writeTx('test', (tx) => refreshOperationLocality(tx, [firmId]));

    await page.goto(`${baseUrl()}/industries/icv`);
    await waitForChainMap(page);
    await page.getByTestId('chain-diff-from').selectOption(snapshot?.id ?? '');
    const diff = page.getByTestId('chain-diff');
    await diff.waitFor();
    expect(Number(await diff.getAttribute('data-changed'))).toBeGreaterThanOrEqual(1);
    const row = diff.locator(`li[data-segment="${segmentId}"]`);
    expect(await row.textContent()).toContain('缺失 → 薄弱（本地企业 0 → 1）');
    expect(await diff.textContent()).toContain('快照测试新入驻企业');
    await page.waitForFunction((id) => {
      const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as {
        cy: { getElementById(id: string): { hasClass(c: string): boolean } };
      };
      return canvas.cy.getElementById(id).hasClass('changed');
    }, segmentId);
    await diff.scrollIntoViewIfNeeded();
    await session.screenshot('chain-diff');

    // No comparison: the marks go.
    await page.getByTestId('chain-diff-from').selectOption('');
    await page.waitForFunction((id) => {
      const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as {
        cy: { getElementById(id: string): { hasClass(c: string): boolean } };
      };
      return !canvas.cy.getElementById(id).hasClass('changed');
    }, segmentId);
    expect(await page.getByTestId('chain-diff').count()).toBe(0);
    expectNoConsoleErrors(session);
  });
});
