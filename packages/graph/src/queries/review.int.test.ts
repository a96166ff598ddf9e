import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import {
  AttachmentNotFoundError,
  acceptAttachments,
  attachmentCursor,
  BadCursorError,
  listInferredAttachments,
  moveAttachment,
  rejectAttachments,
} from './review';

/**
 * A scoped industry with segments a, b, c and firms:
 *   F1 (金山区) inferred a 0.3, inferred b 0.6 · F2 (江苏省) inferred a 0.3 · F3 survey a 0.9 (not reviewable)
 *   F4 (金山区) inferred c 0.8
 */
describe('review queue of inferred attachments', () => {
  const executor = testExecutor();
  const scope = testScope('review');
  const id = scope.id;
  const industryId = scope.prefix;

  const edge = (company: string, segment: string, source: string, confidence: number, rank = 1) => ({
    companyId: id(company),
    segmentId: id(segment),
    source,
    confidence,
    rank,
  });

  beforeAll(async () => {
    await executor.write(
      'review-fixture',
      `CREATE (i:Industry {id: $industryId, name: 'review test'})
       WITH i UNWIND $segments AS seg
       CREATE (:Segment {id: seg.id, name: seg.name, industryId: $industryId, leaf: true})-[:PART_OF]->(i)
       WITH count(*) AS done
       UNWIND $companies AS co
       CREATE (:Company {id: co.id, name: co.name, province: co.province, district: co.district, country: '中国',
                         businessScope: '汽车零部件研发', products: '线束', industryCode: 'C3670'})
       WITH count(*) AS done
       UNWIND $edges AS e
       MATCH (c:Company {id: e.companyId}), (s:Segment {id: e.segmentId})
       CREATE (c)-[:OPERATES_IN {source: e.source, confidence: e.confidence, rank: e.rank,
                                 evidence: '[{"field":"businessScope","term":"线束"}]',
                                 classifiedAt: '2025-01-01T00:00:00.000Z', vocabularyVersion: 'v-test'}]->(s)`,
      {
        industryId,
        segments: ['a', 'b', 'c'].map((k) => ({ id: id(k), name: `段${k}` })),
        companies: [
          { id: id('F1'), name: '甲公司', province: '上海市', district: '金山区' },
          { id: id('F2'), name: '乙公司', province: '江苏省', district: '苏州市' },
          { id: id('F3'), name: '丙公司', province: '上海市', district: '金山区' },
          { id: id('F4'), name: '丁公司', province: '上海市', district: '金山区' },
        ],
        edges: [
          edge('F1', 'a', 'inferred', 0.3),
          edge('F1', 'b', 'inferred', 0.6, 2),
          edge('F2', 'a', 'inferred', 0.3),
          edge('F3', 'a', 'survey', 0.9),
          edge('F4', 'c', 'inferred', 0.8),
        ],
      },
    );
  });
  afterAll(() => scope.cleanup(executor));

  const edgeOf = async (company: string, segment: string) => {
    const [row] = await executor.read<{ o: Record<string, unknown> | null; rejected: Record<string, unknown> | null }>(
      'review-test',
      `MATCH (c:Company {id: $c}), (s:Segment {id: $s})
       OPTIONAL MATCH (c)-[o:OPERATES_IN]->(s)
       OPTIONAL MATCH (c)-[r:REJECTED_SEGMENT]->(s)
       RETURN o, r AS rejected`,
      { c: id(company), s: id(segment) },
    );
    return row ?? { o: null, rejected: null };
  };

  it('lists inferred edges least confident first, (confidence, company, segment), with the firm texts', async () => {
    const page = await listInferredAttachments(executor, { industryId, first: 10 });
    expect(page.total).toBe(4);
    expect(page.items.map((a) => [a.companyId, a.segmentId, a.confidence])).toEqual([
      [id('F1'), id('a'), 0.3],
      [id('F2'), id('a'), 0.3],
      [id('F1'), id('b'), 0.6],
      [id('F4'), id('c'), 0.8],
    ]);
    expect(page.items[0]).toMatchObject({
      companyName: '甲公司',
      segmentName: '段a',
      industryId,
      evidence: '[{"field":"businessScope","term":"线束"}]',
      classifiedAt: '2025-01-01T00:00:00.000Z',
      vocabularyVersion: 'v-test',
      rank: 1,
      businessScope: '汽车零部件研发',
      products: '线束',
      industryCode: 'C3670',
    });
  });

  it('pages with the cursor without gaps or repeats, and filters by segment and confidence', async () => {
    const first = await listInferredAttachments(executor, { industryId, first: 2 });
    const last = first.items.at(-1);
    if (!last) throw new Error('empty first page');
    const second = await listInferredAttachments(executor, { industryId, first: 2, after: attachmentCursor(last) });
    expect([...first.items, ...second.items].map((a) => `${a.companyId}>${a.segmentId}`)).toEqual([
      `${id('F1')}>${id('a')}`,
      `${id('F2')}>${id('a')}`,
      `${id('F1')}>${id('b')}`,
      `${id('F4')}>${id('c')}`,
    ]);
    expect(second.total).toBe(4);
    const inA = await listInferredAttachments(executor, { segmentId: id('a'), first: 10 });
    expect(inA.items.map((a) => a.companyId)).toEqual([id('F1'), id('F2')]);
    const unsure = await listInferredAttachments(executor, { industryId, maxConfidence: 0.6, first: 10 });
    expect(unsure.total).toBe(3);
    await expect(listInferredAttachments(executor, { first: 1, after: 'garbage' })).rejects.toThrow(BadCursorError);
  });

  it('accept makes an inferred edge confirmed (confidence 1, who, when, evidence kept) and leaves others alone', async () => {
    const n = await acceptAttachments(
      executor,
      [
        { companyId: id('F4'), segmentId: id('c') },
        { companyId: id('F3'), segmentId: id('a') }, // survey: not a guess to review
      ],
      'officer-1',
      '2025-02-02T00:00:00.000Z',
    );
    expect(n).toBe(1);
    const { o } = await edgeOf('F4', 'c');
    expect(o).toMatchObject({
      source: 'confirmed',
      confidence: 1,
      inferredConfidence: 0.8,
      reviewedBy: 'officer-1',
      reviewedAt: '2025-02-02T00:00:00.000Z',
      evidence: '[{"field":"businessScope","term":"线束"}]',
      industryId,
      ring: 0,
    });
    expect((await edgeOf('F3', 'a')).o).toMatchObject({ source: 'survey', confidence: 0.9 });
    const page = await listInferredAttachments(executor, { industryId, first: 10 });
    expect(page.items.map((a) => a.companyId)).not.toContain(id('F4'));
  });

  it('reject deletes the inferred edge and remembers who rejected it', async () => {
    const n = await rejectAttachments(executor, [{ companyId: id('F2'), segmentId: id('a') }], 'officer-2', 'T1');
    expect(n).toBe(1);
    const { o, rejected } = await edgeOf('F2', 'a');
    expect(o).toBeNull();
    expect(rejected).toEqual({ at: 'T1', by: 'officer-2' });
    // Rejecting again changes nothing (no inferred edge left).
    expect(await rejectAttachments(executor, [{ companyId: id('F2'), segmentId: id('a') }], 'x')).toBe(0);
  });

  it('move rejects the old segment and confirms the new one with its locality copies', async () => {
    await moveAttachment(
      executor,
      { companyId: id('F1'), fromSegmentId: id('a'), toSegmentId: id('c') },
      'officer-3',
      'T2',
    );
    const from = await edgeOf('F1', 'a');
    expect(from.o).toBeNull();
    expect(from.rejected).toEqual({ at: 'T2', by: 'officer-3' });
    expect((await edgeOf('F1', 'c')).o).toMatchObject({
      source: 'confirmed',
      confidence: 1,
      reviewedBy: 'officer-3',
      movedFrom: id('a'),
      industryId,
      ring: 0,
    });
    await expect(
      moveAttachment(executor, { companyId: id('F1'), fromSegmentId: id('a'), toSegmentId: id('b') }, 'x'),
    ).rejects.toThrow(AttachmentNotFoundError);
    await expect(
      moveAttachment(executor, { companyId: id('F1'), fromSegmentId: id('b'), toSegmentId: id('nope') }, 'x'),
    ).rejects.toThrow(AttachmentNotFoundError);
    expect((await edgeOf('F1', 'b')).o).toMatchObject({ source: 'inferred', confidence: 0.6 });
  });
});
