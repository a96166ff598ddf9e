import { refreshOperationLocality } from '@atlas/graph';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';
import { api, baseUrl, expectNoConsoleErrors, signIn, useBrowser } from './browser';

/**
 * The review queue in the browser (issue #13 §3): three firms of its own, attached to one icv leaf by "the
 * classifier" with confidences below anything real, so they head the queue; the promotion officer accepts one
 * (it leaves the queue, its attachment becomes confirmed on the company page and in the API) and rejects the other
 * two in bulk.
 */
const executor = testExecutor();
const scope = testScope('review-ui');
const firms = ['a', 'b', 'c'].map((key, i) => ({
  id: scope.id(key),
  name: `复核测试企业${key.toUpperCase()}`,
  confidence: 0.001 + i * 0.001,
}));
let segmentId = '';

beforeAll(async () => {
  const [leaf] = await executor.read<{ id: string }>(
    'test',
    `MATCH (s:Segment {industryId: 'icv'}) WHERE NOT EXISTS { (:Segment)-[:CHILD_OF]->(s) }
     RETURN s.id AS id ORDER BY s.id LIMIT 1`,
  );
  segmentId = leaf?.id ?? '';
  expect(segmentId).not.toBe('');
  await executor.write(
    'test',
    `UNWIND $firms AS f
     CREATE (c:Company {id: f.id, uscc: f.id, name: f.name, size: 'small', chainLeader: false, country: '中国',
                        province: '上海市', city: '上海市', district: '金山区', synthetic: false, source: 'registry',
                        businessScope: '汽车零部件及配件制造；电池托盘的研发与销售', updatedAt: $now})
     WITH c, f MATCH (s:Segment {id: $segmentId})
     CREATE (c)-[:OPERATES_IN {source: 'inferred', confidence: f.confidence, classifiedAt: $now, rank: 1,
                              vocabularyVersion: 'browser-test',
                              evidence: '[{"field":"businessScope","terms":["电池托盘"]}]'}]->(s)`,
    { firms, segmentId, now: new Date().toISOString() },
  );
  await executor.writeTx('test', (tx) =>
    refreshOperationLocality(
      tx,
      firms.map((f) => f.id),
    ),
  );
});
afterAll(() => scope.cleanup(executor));

const item = (page: Page, companyId: string) =>
  page.locator(`[data-testid="review-item"][data-company="${companyId}"]`);

describe('review queue', () => {
  const session = useBrowser();

  it('lets the promotion officer accept one attachment and reject two in bulk', async () => {
    const { page } = session;
    const [a, b, c] = firms as [(typeof firms)[0], (typeof firms)[0], (typeof firms)[0]];
    await page.goto(`${baseUrl()}/`);
    await signIn(page, 'officer');
    await page.goto(`${baseUrl()}/review`);
    await page.getByTestId('review-queue').waitFor();
    await page.getByTestId('review-industry').selectOption('icv');
    await item(page, a.id).waitFor();
    // Least confident first: ours head the queue, in confidence order; the evidence term is marked.
    const order = await page
      .getByTestId('review-item')
      .evaluateAll((nodes) => nodes.slice(0, 3).map((n) => n.getAttribute('data-company')));
    expect(order).toEqual([a.id, b.id, c.id]);
    expect(await item(page, a.id).locator('mark').first().textContent()).toBe('电池托盘');
    await session.screenshot('review-queue');

    await item(page, a.id).getByTestId('review-accept').click();
    await expect.poll(() => item(page, a.id).count()).toBe(0);
    expect(await item(page, b.id).count()).toBe(1);

    await item(page, b.id).locator('input[type="checkbox"]').check();
    await item(page, c.id).locator('input[type="checkbox"]').check();
    await page.getByTestId('review-reject-selected').click();
    await expect.poll(async () => (await item(page, b.id).count()) + (await item(page, c.id).count())).toBe(0);

    // The accepted attachment is confirmed, with its reviewer, on the company page.
    await page.goto(`${baseUrl()}/companies/${encodeURIComponent(a.id)}`);
    const operation = page.locator(`[data-testid="company-operations"] li[data-segment="${segmentId}"]`);
    await operation.waitFor();
    expect(await operation.getAttribute('data-source')).toBe('confirmed');
    expect(await operation.textContent()).toContain('officer');
    await session.screenshot('review-accepted-company');

    const { company } = await api<{ company: { operations: Array<{ source: string; confidence: number }> } }>(
      'query($id: ID!) { company(id: $id) { operations { source confidence } } }',
      { id: b.id },
    );
    expect(company.operations).toEqual([]);
    expectNoConsoleErrors(session);
  });

  it('shows provenance in the segment panel, the unreviewed switch on the map, and the data quality', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/industries/icv?segment=${encodeURIComponent(segmentId)}`);
    const panel = page.getByTestId('local-firms');
    await panel.getByTestId('provenance').first().waitFor();
    // The demo firms: "示例 · 0.9 · …" on their attachment.
    expect(await panel.getByTestId('provenance').allTextContents()).toContainEqual(
      expect.stringMatching(/^示例 · 0\.9/),
    );
    await page.getByTestId('include-unreviewed').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('unreviewed')).toBe('1');
    await page.getByTestId('chain-map').locator('canvas').first().waitFor();
    await session.screenshot('chain-map-unreviewed');

    await page.goto(`${baseUrl()}/industries/icv/quality`);
    await page.getByTestId('quality-firms').waitFor();
    expect(Number(await page.getByTestId('quality-firms').textContent())).toBeGreaterThan(0);
    await session.screenshot('data-quality');
    expectNoConsoleErrors(session);
  });

  it('shows the queue to nobody else', async () => {
    const { page } = session;
    await signIn(page, 'analyst');
    await page.goto(`${baseUrl()}/review`);
    await page.getByTestId('review-queue').waitFor();
    expect(await page.getByTestId('review-item').count()).toBe(0);
    expect(await page.getByTestId('review-queue').textContent()).toContain('没有权限');
    expectNoConsoleErrors(session);
  });
});
