/**
 * Evaluates the 企业挂链 classifier on the labelled register sets (data/labelled/, issue #13 item 5):
 *
 *   npx tsx scripts/evaluate-classifier.ts            # markdown: dev (tuning) and test (held-out) results
 *   npx tsx scripts/evaluate-classifier.ts --misses   # also list the dev set's misses (never the test set's)
 *   npx tsx scripts/evaluate-classifier.ts --fit      # fit the confidence weights on the dev set only
 *   npx tsx scripts/evaluate-classifier.ts --write    # replace the results section of docs/classification.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createClassifier,
  evaluate,
  evaluationMarkdown,
  fitWeights,
  parseLabelled,
  readVocabulary,
} from '../packages/register/src/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const vocabulary = readVocabulary(root);
const classifier = createClassifier(vocabulary);
const dev = parseLabelled(readFileSync(`${root}/data/labelled/register-dev.csv`, 'utf8'));

if (args.has('--fit')) {
  const fit = fitWeights(classifier, dev);
  console.log(`Platt scaling on register-dev.csv (${fit.samples} best candidates): a = ${fit.a}, c = ${fit.c}`);
  console.log('folded weights:', JSON.stringify(fit.weights));
  const refit = evaluate(createClassifier(vocabulary, fit.weights), dev);
  console.log(evaluationMarkdown('register-dev.csv with the fitted weights', refit));
  process.exit(0);
}

const devResult = evaluate(classifier, dev);
const test = evaluate(classifier, parseLabelled(readFileSync(`${root}/data/labelled/register-test.csv`, 'utf8')));
const section = [
  `Vocabulary ${vocabulary.version}; \`npx tsx scripts/evaluate-classifier.ts\`.`,
  '',
  evaluationMarkdown('Held-out test set (data/labelled/register-test.csv, never tuned on)', test),
  evaluationMarkdown('Development set (data/labelled/register-dev.csv, tuned on)', devResult),
].join('\n');
console.log(section);
if (args.has('--misses'))
  for (const m of devResult.misses) console.log(`dev:${m.line} ${m.name}: expected ${m.expected}, got ${m.got}`);
if (args.has('--write')) {
  const docs = `${root}/docs/classification.md`;
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- evaluation:start -->';
  const end = '<!-- evaluation:end -->';
  if (!text.includes(start) || !text.includes(end)) throw new Error(`${docs}: no ${start} … ${end} markers`);
  writeFileSync(
    docs,
    `${text.slice(0, text.indexOf(start) + start.length)}\n${section}\n${text.slice(text.indexOf(end))}`,
  );
  console.log(`wrote ${docs}`);
}
