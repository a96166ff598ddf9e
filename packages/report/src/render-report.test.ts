import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docxText, pdfText } from './document-text.test-support';
import { sampleReport } from './fixture.test-data';
import { ReportFontError } from './fonts';
import { renderDocx, renderPdf } from './render-report';

const dir = mkdtempSync(join(tmpdir(), 'atlas-report-'));
function save(name: string, body: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

// The first document parses the 20 MB font collection; on a shared 2-core machine that can take seconds.
describe('report files', { timeout: 30_000 }, () => {
  afterEach(() => {
    delete process.env.ATLAS_REPORT_FONT_DIR;
  });

  it('builds a Chinese PDF with the CJK subset embedded and every section', async () => {
    const file = save('zh.pdf', await renderPdf(sampleReport(), 'zh'));
    const text = pdfText(file, { layout: true });
    for (const expected of [
      '智能网联汽车产业链分析报告',
      '示例数据',
      '62.5%',
      '50.0%',
      '33.3%',
      '车规芯片',
      '示例芯片甲公司 (0.900)',
    ])
      expect(text).toContain(expected);
    for (const section of [
      '核心指标',
      '产业链图谱',
      '缺链补链清单',
      '关键环节清单',
      '技术路线图',
      '快照以来的变化',
      '供需对接成效',
    ])
      expect(text).toContain(section);
    expect(text).toContain('120 万元');
    const fonts = execFileSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' });
    const cjk = fonts.split('\n').filter((line) => line.includes('NotoSansCJKsc'));
    expect(cjk.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object-id: every CJK font embedded as a subset.
    for (const line of cjk) expect(line).toMatch(/\s+yes\s+yes\s+/);
  });

  it('builds an English PDF with lang en', async () => {
    const text = pdfText(save('en.pdf', await renderPdf(sampleReport(), 'en')), { layout: true });
    for (const expected of [
      'Intelligent connected vehicles',
      'Synthetic demo data',
      'Chain coverage',
      '62.5%',
      'Automotive chips',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('核心指标');
  });

  it('builds a DOCX python-docx opens, with the East Asian font declared', async () => {
    const body = await renderDocx(sampleReport(), 'zh');
    const text = docxText(save('zh.docx', body));
    for (const expected of [
      '智能网联汽车产业链分析报告',
      '产业链覆盖率',
      '62.5%',
      '车规芯片',
      '示例芯片甲公司 (0.900)',
      '已签约',
    ])
      expect(text).toContain(expected);
    const styles = execFileSync('/usr/bin/unzip', ['-p', save('styles.docx', body), 'word/styles.xml'], {
      encoding: 'utf8',
    });
    expect(styles).toContain('w:eastAsia="Noto Sans CJK SC"');
  });

  it('leaves out what it does not have: no snapshot, no outcomes, hidden values, real firms', async () => {
    const data = sampleReport({ changes: undefined, matchmaking: undefined, synthetic: false });
    const text = pdfText(save('bare.pdf', await renderPdf(data, 'en')), { layout: true });
    expect(text).toContain('No snapshot chosen');
    expect(text).toContain('Matchmaking outcomes are not available here');
    expect(text).not.toContain('Synthetic demo data');
    const hidden = sampleReport();
    if (hidden.matchmaking) hidden.matchmaking.contractedValue = null;
    const hiddenText = docxText(save('hidden.docx', await renderDocx(hidden, 'en')));
    expect(hiddenText).toContain('Contract values are shown to promotion officers');
    expect(hiddenText).not.toContain('CNY');
  });

  it('names the missing font file and the fix in one line', async () => {
    process.env.ATLAS_REPORT_FONT_DIR = '/nonexistent/fonts';
    const failure = renderPdf(sampleReport(), 'zh');
    await expect(failure).rejects.toThrow(ReportFontError);
    await expect(renderDocx(sampleReport(), 'zh')).rejects.toThrow(
      /\/nonexistent\/fonts\/NotoSansCJK-Regular\.ttc not found: apt-get install fonts-noto-cjk/,
    );
  });
});
