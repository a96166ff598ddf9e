import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectNoConsoleErrors, useBrowser } from './browser';
import { waitForChainMap } from './chainMap';

describe('report in the export menu', () => {
  const session = useBrowser();

  it('downloads the PDF and DOCX report of the industry at the radius on screen', async () => {
    const { page } = session;
    const { industry } = await api<{ industry: { name: string } }>('query { industry(id: "icv") { name } }');
    await page.goto(`${baseUrl()}/industries/icv?radius=SHANGHAI`);
    await page.getByTestId('chain-map').waitFor();
    await waitForChainMap(page);
    const menu = page.getByTestId('export-menu');
    await menu.getByRole('button').first().click();
    const pdfLink = menu.locator('[data-format="report-pdf"]');
    expect(await pdfLink.textContent()).toBe('产业链报告（PDF）');
    expect(await pdfLink.getAttribute('href')).toBe('/report/icv.pdf?radius=SHANGHAI');
    await session.screenshot('report-menu');
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), pdfLink.click()]);
    expect(pdf.suggestedFilename()).toMatch(/^智能网联.*产业链报告-上海市-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = execFileSync('/usr/bin/pdftotext', [(await pdf.path()) as string, '-'], { encoding: 'utf8' });
    expect(text).toContain(`${industry.name}产业链分析报告`);
    expect(text).toContain('本地范围：上海市');

    await menu.getByRole('button').first().click();
    const [docx] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      menu.locator('[data-format="report-docx"]').click(),
    ]);
    expect(
      readFileSync((await docx.path()) as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expectNoConsoleErrors(session);
  });
});
