/**
 * The measurement behind docs/classification.md's choice of ranking: Neo4j's full-text index with its 'cjk'
 * analyzer (Lucene CJKAnalyzer: overlapping character bigrams) against our jieba + BM25, on the same per-segment
 * documents and the development set's in-scope firms, without abstention (pure ranking). Uses the running Neo4j
 * (ensureNeo4j reuses it, never stops it), under a probe label and index it removes afterwards.
 *
 *   npx tsx scripts/measure-neo4j-cjk.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphExecutor } from '../packages/graph/src/index';
import { ensureNeo4j } from '../packages/neo4j-local/src/index';
import { createClassifier, parseLabelled, readVocabulary } from '../packages/register/src/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const vocabulary = readVocabulary(root);
const rows = parseLabelled(readFileSync(`${root}/data/labelled/register-dev.csv`, 'utf8')).filter((r) => r.expected);
const neo4j = await ensureNeo4j(() => {});
const executor = new GraphExecutor(neo4j);
const LABEL = 'ClassifyCjkProbe';
const INDEX = 'classify_cjk_probe';
const lucene = (text: string) => text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ');

try {
  await executor.write('cjk-probe', `UNWIND $docs AS d CREATE (n:${LABEL} {id: d.id, doc: d.doc})`, {
    docs: vocabulary.segments.map((s) => ({
      id: s.id,
      doc: [s.name, ...s.keywords, ...s.synonyms, s.description].join('，'),
    })),
  });
  await executor.schema(
    'cjk-probe',
    `CREATE FULLTEXT INDEX ${INDEX} IF NOT EXISTS FOR (n:${LABEL}) ON EACH [n.doc] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
  );
  await executor.read('cjk-probe', 'CALL db.awaitIndexes(60)');

  const classifier = createClassifier(vocabulary);
  let neoTop1 = 0;
  let neoTop3 = 0;
  let oursTop1 = 0;
  let oursTop3 = 0;
  let neoMs = 0;
  let oursMs = 0;
  for (const row of rows) {
    const ok = new Set([row.expected, ...row.acceptable]);
    const query = lucene([row.text.products, row.text.businessScope, row.text.name].filter(Boolean).join(' '));
    let start = performance.now();
    const hits = await executor.read<{ id: string }>(
      'cjk-probe',
      `CALL db.index.fulltext.queryNodes('${INDEX}', $q) YIELD node RETURN node.id AS id LIMIT 3`,
      { q: query },
    );
    neoMs += performance.now() - start;
    if (hits[0] && ok.has(hits[0].id)) neoTop1++;
    if (hits.some((h) => ok.has(h.id))) neoTop3++;
    start = performance.now();
    const ranked = classifier.rank(row.text).slice(0, 3);
    oursMs += performance.now() - start;
    if (ranked[0] && ok.has(ranked[0].segmentId)) oursTop1++;
    if (ranked.some((c) => ok.has(c.segmentId))) oursTop3++;
  }
  const pct = (n: number) => `${((n / rows.length) * 100).toFixed(1)} %`;
  console.log(`${rows.length} in-scope dev firms, ${vocabulary.segments.length} segment documents, no abstention`);
  console.log('| ranking | top-1 | top-3 | per firm |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| Neo4j full-text, cjk analyzer | ${pct(neoTop1)} | ${pct(neoTop3)} | ${(neoMs / rows.length).toFixed(2)} ms |`,
  );
  console.log(
    `| jieba + BM25 + factors | ${pct(oursTop1)} | ${pct(oursTop3)} | ${(oursMs / rows.length).toFixed(2)} ms |`,
  );
} finally {
  await executor.schema('cjk-probe', `DROP INDEX ${INDEX} IF EXISTS`);
  await executor.write('cjk-probe', `MATCH (n:${LABEL}) DETACH DELETE n`);
  await executor.close();
}
