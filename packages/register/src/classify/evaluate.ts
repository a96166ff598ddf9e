import type { RankingClassifier } from './classifier';
import { ABSTAIN_BELOW } from './classifier';
import { CONFIDENCE_WEIGHTS } from './confidence';
import type { Candidate, Classifier, RegisterText } from './types';

/** One labelled firm (data/labelled/register-*.csv): `expected` empty = out of scope. */
export interface LabelledRow {
  line: number;
  text: RegisterText;
  expected: string;
  acceptable: string[];
}

export interface IndustryScore {
  industryId: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationResult {
  rows: number;
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  /** Of the out-of-scope firms, the share left unattached (the aim's "correctly abstained"). */
  abstentionRecall: number;
  /** Of the firms left unattached, the share that were out of scope. */
  abstentionPrecision: number;
  perIndustry: IndustryScore[];
  misses: Array<{ line: number; name: string; expected: string; got: string }>;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) to rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export function parseLabelled(csv: string): LabelledRow[] {
  const [header, ...rows] = parseCsv(csv);
  const at = (name: string) => {
    const i = header?.indexOf(name) ?? -1;
    if (i < 0) throw new Error(`labelled set: no column "${name}"`);
    return i;
  };
  const col = {
    name: at('name'),
    businessScope: at('businessScope'),
    products: at('products'),
    industry: at('industry'),
    expected: at('expected'),
    acceptable: at('acceptable'),
  };
  return rows.map((cells, i) => {
    const get = (k: keyof typeof col) => (cells[col[k]] ?? '').trim();
    const text: RegisterText = { name: get('name') };
    for (const f of ['businessScope', 'products', 'industry'] as const) if (get(f)) text[f] = get(f);
    return {
      line: i + 2,
      text,
      expected: get('expected'),
      acceptable: get('acceptable')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
}

const industryOf = (segmentId: string) => segmentId.split('.')[0] ?? '';

export function evaluate(classifier: Classifier, rows: readonly LabelledRow[]): EvaluationResult {
  let top1 = 0;
  let top3 = 0;
  let outAbstained = 0;
  let abstained = 0;
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const count = (id: string) => {
    const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
    counts.set(id, c);
    return c;
  };
  const misses: EvaluationResult['misses'] = [];
  for (const row of rows) {
    const { candidates } = classifier.classify(row.text, 3);
    const ok = new Set([row.expected, ...row.acceptable].filter(Boolean));
    const first = candidates[0];
    if (!first) abstained++;
    const firstRight = first !== undefined && ok.has(first.segmentId);
    if (row.expected) {
      count(industryOf(row.expected)).support++;
      if (firstRight) top1++;
      if (candidates.some((c) => ok.has(c.segmentId))) top3++;
    } else if (!first) outAbstained++;
    // Segment-level F1 per industry: a true positive is a right top-1 attachment.
    if (first && firstRight) count(first.industryId).tp++;
    if (first && !firstRight) count(first.industryId).fp++;
    if (row.expected && !firstRight) count(industryOf(row.expected)).fn++;
    if (!firstRight && (row.expected || first))
      misses.push({
        line: row.line,
        name: row.text.name,
        expected: row.expected || '(none)',
        got: first ? `${first.segmentId} ${first.confidence.toFixed(2)}` : '(abstained)',
      });
  }
  const inScope = rows.filter((r) => r.expected).length;
  const outOfScope = rows.length - inScope;
  const perIndustry = [...counts.entries()]
    .map(([industryId, c]) => {
      const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
      const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { industryId, precision, recall, f1, support: c.support };
    })
    .sort((a, b) => a.industryId.localeCompare(b.industryId));
  return {
    rows: rows.length,
    inScope,
    outOfScope,
    top1: top1 / Math.max(1, inScope),
    top3: top3 / Math.max(1, inScope),
    abstentionRecall: outAbstained / Math.max(1, outOfScope),
    abstentionPrecision: abstained ? outAbstained / abstained : 1,
    perIndustry,
    misses,
  };
}

type Weights = Record<keyof typeof CONFIDENCE_WEIGHTS, number>;

/**
 * Platt scaling: fits confidence = σ(a·z + c) where z = Σ weight·value is the hand-weighted score of a row's best
 * candidate and the label is "an analyst accepts it" (out-of-scope rows: never). Ranking is unchanged; only the
 * scale and offset move, and they fold back into the weights (a·weight, a·bias + c). Batch gradient descent on
 * the log loss; returns the folded weights rounded to 0.1, and a and c.
 */
export function fitWeights(
  classifier: RankingClassifier,
  rows: readonly LabelledRow[],
  { epochs = 5000, rate = 0.1 } = {},
): { weights: Weights; a: number; c: number; samples: number } {
  const names = Object.keys(CONFIDENCE_WEIGHTS) as Array<keyof Weights>;
  const samples: Array<{ z: number; y: number }> = [];
  for (const row of rows) {
    const ok = new Set([row.expected, ...row.acceptable].filter(Boolean));
    const best = classifier.rank(row.text)[0];
    if (!best) continue;
    const z = names.reduce((sum, n) => sum + factorValue(best, n) * (CONFIDENCE_WEIGHTS[n] as number), 0);
    samples.push({ z, y: ok.has(best.segmentId) ? 1 : 0 });
  }
  let a = 1;
  let c = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let ga = 0;
    let gc = 0;
    for (const { z, y } of samples) {
      const err = 1 / (1 + Math.exp(-(a * z + c))) - y;
      ga += err * z;
      gc += err;
    }
    a -= (rate * ga) / samples.length;
    c -= (rate * gc) / samples.length;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const weights = Object.fromEntries(
    names.map((n) => [n, round((CONFIDENCE_WEIGHTS[n] as number) * a + (n === 'bias' ? c : 0))]),
  ) as Weights;
  return { weights, a: Math.round(a * 1000) / 1000, c: Math.round(c * 1000) / 1000, samples: samples.length };
}

function factorValue(c: Candidate, name: string): number {
  if (name === 'bias') return 1;
  return c.factors.find((f) => f.name === name)?.value ?? 0;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The evaluation as a markdown section (docs/classification.md, README). */
export function evaluationMarkdown(title: string, r: EvaluationResult): string {
  return [
    `#### ${title}`,
    '',
    `${r.rows} firms: ${r.inScope} in scope, ${r.outOfScope} out of scope; abstention below confidence ${ABSTAIN_BELOW}.`,
    '',
    '| measure | result | aim |',
    '| --- | --- | --- |',
    `| top-1 accuracy (in scope) | ${pct(r.top1)} | ≥ 80 % |`,
    `| top-3 accuracy (in scope) | ${pct(r.top3)} | ≥ 92 % |`,
    `| out of scope correctly abstained (abstention recall) | ${pct(r.abstentionRecall)} | ≥ 90 % |`,
    `| abstentions that were out of scope (abstention precision) | ${pct(r.abstentionPrecision)} | |`,
    '',
    '| industry | firms | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- |',
    ...r.perIndustry.map(
      (i) => `| ${i.industryId} | ${i.support} | ${pct(i.precision)} | ${pct(i.recall)} | ${i.f1.toFixed(3)} |`,
    ),
    '',
  ].join('\n');
}
