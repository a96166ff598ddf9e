import { Bm25Index } from './bm25';
import { BoundedCache } from './bounded-cache';
import { CONFIDENCE_WEIGHTS, combine, type FactorValues, linearScore, logistic } from './confidence';
import { codeAffinity, codeSpecificity } from './industry-codes';
import { type PhraseHit, PhraseMatcher } from './phrase-matcher';
import { activityAt, type ScopeItem, scopeItems } from './scope-items';
import { createTokenizer, normalise } from './tokenizer';
import type { Candidate, Classification, Classifier, Evidence, RegisterText } from './types';
import type { SegmentVocabulary, Vocabulary } from './vocabulary';

/**
 * How much a field's words count: what a firm names as its products is the strongest statement, its scope lists
 * everything it may do (and much it never does), its name is often a brand.
 */
export const FIELD_WEIGHTS = { products: 1, businessScope: 0.7, name: 0.5 } as const;
type TextField = keyof typeof FIELD_WEIGHTS;
const TEXT_FIELDS = Object.keys(FIELD_WEIGHTS) as TextField[];

/**
 * The best candidate below ABSTAIN_BELOW leaves the firm unattached; below SHOW_AT_LEAST a runner-up is not shown.
 * Chosen on the development set with the calibrated confidence: at 0.35 no out-of-scope firm of it is attached.
 */
export const ABSTAIN_BELOW = 0.35;
export const SHOW_AT_LEAST = 0.1;
export const MAX_CANDIDATES = 3;
/** BM25 and phrase sums are saturated as 1 − e^(−x/scale): half-way at scale·ln 2. */
const BM25_SCALE = 6;
const PHRASE_SCALE = 0.5;

type Hit = { kind: 'positive' | 'negative'; segment: number } | { kind: 'outOfScope' };

interface SegmentEvidence {
  phrase: number;
  phraseTrade: number;
  bm25: number;
  negative: string[];
  terms: Map<TextField, Set<string>>;
}

/** A classifier that also shows every scored candidate before the display floor and abstention (for fitting). */
export interface RankingClassifier extends Classifier {
  rank(text: RegisterText): Candidate[];
}

export function createClassifier(
  vocabulary: Vocabulary,
  weights: Record<keyof typeof CONFIDENCE_WEIGHTS, number> = CONFIDENCE_WEIGHTS,
): RankingClassifier {
  const segments = vocabulary.segments;
  const { common } = vocabulary;
  const positiveTerms = (s: SegmentVocabulary) => [...new Set([s.name, ...s.keywords, ...s.synonyms].map(normalise))];

  const stopwords = new Set(common.stopwords.map(normalise));
  const tokenizer = createTokenizer(
    segments.flatMap((s) => positiveTerms(s)),
    stopwords,
  );
  const index = new Bm25Index(
    segments.map((s) => tokenizer.tokens([s.name, ...s.keywords, ...s.synonyms, s.description].join('，'))),
  );

  // How many segments claim each phrase: a phrase two segments share is half the evidence for each.
  const claims = new Map<string, number>();
  for (const s of segments) for (const t of positiveTerms(s)) claims.set(t, (claims.get(t) ?? 0) + 1);
  // Scope items and clauses recur across firms: the matcher remembers its hits per piece between these characters
  // (those no phrase contains; e.g. 合成纤维(涤纶、腈纶) keeps 、 and parentheses out).
  const matcher = new PhraseMatcher<Hit>('、,;。:() \n\r\t');
  segments.forEach((s, segment) => {
    for (const t of positiveTerms(s)) matcher.add(t, { kind: 'positive', segment });
    for (const t of s.negative) matcher.add(normalise(t), { kind: 'negative', segment });
  });
  for (const t of common.outOfScope) matcher.add(normalise(t), { kind: 'outOfScope' });
  const boilerplate = phrasePattern(common.boilerplate.map(normalise));
  const making = common.making.map(normalise);
  const trade = common.tradeOnly.map(normalise);
  const knownCodes = new Set(segments.flatMap((s) => s.gbCodes));

  function rank(text: RegisterText): {
    ranked: Scored[];
    outOfScope: Set<string>;
    code?: string;
    codeElsewhere: number;
  } {
    const found = new Map<number, SegmentEvidence>();
    const evidenceOf = (segment: number): SegmentEvidence => {
      const known = found.get(segment);
      if (known) return known;
      const e: SegmentEvidence = { phrase: 0, phraseTrade: 0, bm25: 0, negative: [], terms: new Map() };
      found.set(segment, e);
      return e;
    };
    const outOfScope = new Set<string>();

    for (const field of TEXT_FIELDS) {
      const raw = text[field];
      if (!raw?.trim()) continue;
      let body = normalise(raw);
      if (field === 'businessScope' && boilerplate) body = body.replace(boilerplate, '；');
      const items: ScopeItem[] = field === 'businessScope' ? scopeItems(body, making, trade) : [];
      const weight = FIELD_WEIGHTS[field];
      const seen = new Set<string>();
      for (const hit of outermost(matcher.search(body))) {
        const { payload, phrase } = hit;
        if (payload.kind === 'outOfScope') {
          outOfScope.add(phrase);
          continue;
        }
        const e = evidenceOf(payload.segment);
        if (payload.kind === 'negative') {
          if (!e.negative.includes(phrase)) e.negative.push(phrase);
          continue;
        }
        const key = `${payload.segment}\0${phrase}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const share = weight / (claims.get(phrase) ?? 1);
        e.phrase += share;
        if (activityAt(items, hit.start) === 'trade') e.phraseTrade += share;
        addTerm(e, field, phrase);
      }
      for (const match of index.search(tokenizer.tokens(body)).values()) {
        const e = evidenceOf(match.doc);
        e.bm25 += weight * match.score;
        for (const t of match.terms) addTerm(e, field, t);
      }
    }

    const industry = text.industry?.trim() ? industryOf(text.industry) : NO_INDUSTRY;
    const { code, affinities, codeElsewhere } = industry;
    for (const i of industry.touched) evidenceOf(i);
    const outOfScopeValue = Math.min(1, outOfScope.size / 2);

    const scored = [...found.entries()].map(([i, e]) => {
      const segment = segments[i] as SegmentVocabulary;
      return { segment, e, codeValue: affinities[i] ?? 0, raw: e.phrase * 2 + e.bm25 / BM25_SCALE };
    });
    const bestRaw = Math.max(0, ...scored.map((c) => c.raw + c.codeValue));
    // Scores for every segment met; the candidate objects (evidence, factors) only for the ones asked for.
    const ranked: Scored[] = scored.map(({ segment, e, codeValue, raw }) => {
      const values: FactorValues = {
        phrase: saturate(e.phrase, PHRASE_SCALE),
        bm25: saturate(e.bm25, BM25_SCALE),
        industryCode: codeValue,
        codeElsewhere,
        negative: e.negative.length ? 1 : 0,
        outOfScope: outOfScopeValue,
        tradeOnly: e.phrase > 0 ? e.phraseTrade / e.phrase : 0,
        trailing: bestRaw > 0 ? 1 - (raw + codeValue) / bestRaw : 0,
      };
      const z = linearScore(values, weights);
      return { segment, e, codeValue, values, z, confidence: Math.round(logistic(z) * 1e6) / 1e6 };
    });
    // By the linear score, not the confidence: near 1 the logistic rounds distinct scores together.
    ranked.sort((a, b) => b.z - a.z || a.segment.id.localeCompare(b.segment.id));
    return { ranked, outOfScope, code, codeElsewhere };
  }

  function candidateOf({ segment, e, codeValue, values, confidence }: Scored, code: string | undefined): Candidate {
    const evidence: Evidence[] = TEXT_FIELDS.flatMap((field) => {
      const terms = e.terms.get(field);
      return terms?.size ? [{ field, terms: [...terms] }] : [];
    });
    if (codeValue > 0 && code)
      evidence.push({ field: 'industry', terms: [vocabulary.industryCodes.names.get(code) ?? code], code });
    return {
      segmentId: segment.id,
      segmentName: segment.name,
      industryId: segment.industryId,
      confidence,
      evidence,
      factors: combine(values, weights).factors,
    };
  }

  function classify(text: RegisterText, top = MAX_CANDIDATES): Classification {
    const limit = Math.max(1, Math.min(MAX_CANDIDATES, Math.floor(top)));
    const { ranked, outOfScope, code, codeElsewhere } = rank(text);
    const best = ranked[0];
    if (!best) {
      const why = outOfScope.size ? `out-of-scope business (${[...outOfScope].join(', ')})` : 'no vocabulary term';
      return { candidates: [], abstainReason: codeElsewhere ? `${why}; industry ${code} is in no chain` : why };
    }
    if (best.confidence < ABSTAIN_BELOW) {
      const cues = outOfScope.size ? `; out-of-scope cues: ${[...outOfScope].join(', ')}` : '';
      return {
        candidates: [],
        abstainReason: `best candidate ${best.segment.id} at ${best.confidence.toFixed(3)} is below ${ABSTAIN_BELOW}${cues}`,
      };
    }
    const shown = ranked.filter((c) => c.confidence >= SHOW_AT_LEAST).slice(0, limit);
    return { candidates: shown.map((c) => candidateOf(c, code)) };
  }

  /**
   * What a 所属行业 cell says, worked out once per distinct cell (a register repeats a few hundred codes across
   * all its firms): the code, its affinity with each segment, the segments it touches, whether it is in no chain.
   */
  const industries = new BoundedCache<string, IndustryEvidence>(10_000);
  function industryOf(cell: string): IndustryEvidence {
    const known = industries.get(cell);
    if (known) return known;
    const code = vocabulary.industryCodes.resolve(cell);
    let evidence = NO_INDUSTRY;
    if (code) {
      const affinities = segments.map((s) =>
        Math.max(0, ...s.gbCodes.map((c) => codeAffinity(code, c) * codeSpecificity(c))),
      );
      evidence = {
        code,
        affinities,
        touched: affinities.flatMap((a, i) => (a > 0 ? [i] : [])),
        codeElsewhere: ![...knownCodes].some((c) => codeAffinity(code, c) > 0) ? 1 : 0,
      };
    }
    industries.set(cell, evidence);
    return evidence;
  }

  return {
    vocabularyVersion: vocabulary.version,
    classify,
    rank: (text) => {
      const { ranked, code } = rank(text);
      return ranked.map((c) => candidateOf(c, code));
    },
  };
}

interface Scored {
  segment: SegmentVocabulary;
  e: SegmentEvidence;
  codeValue: number;
  values: FactorValues;
  z: number;
  confidence: number;
}

interface IndustryEvidence {
  code: string | undefined;
  /** Per segment index: max over its codes of affinity · specificity (0 when none meets). */
  affinities: readonly number[];
  /** The segment indexes with a positive affinity, in order. */
  touched: readonly number[];
  codeElsewhere: 0 | 1;
}

const NO_INDUSTRY: IndustryEvidence = { code: undefined, affinities: [], touched: [], codeElsewhere: 0 };

/**
 * Drops a hit lying inside a longer hit of the same segment (工业机器人 inside 工业机器人制造): one statement of the
 * register is one piece of evidence. Negative and out-of-scope hits are kept as they are.
 */
function outermost(hits: PhraseHit<Hit>[]): PhraseHit<Hit>[] {
  const positive = hits.filter((h) => h.payload.kind === 'positive');
  return hits.filter(
    (h) =>
      h.payload.kind !== 'positive' ||
      !positive.some(
        (o) =>
          o !== h &&
          o.payload.kind === 'positive' &&
          h.payload.kind === 'positive' &&
          o.payload.segment === h.payload.segment &&
          o.phrase.length > h.phrase.length &&
          o.start <= h.start &&
          o.start + o.phrase.length >= h.start + h.phrase.length,
      ),
  );
}

function addTerm(e: SegmentEvidence, field: TextField, term: string): void {
  const set = e.terms.get(field) ?? new Set<string>();
  e.terms.set(field, set);
  // A word already inside a listed phrase adds nothing for the reader.
  for (const t of set) if (t.includes(term)) return;
  set.add(term);
}

function saturate(x: number, scale: number): number {
  return 1 - Math.exp(-x / scale);
}

/** One regex matching any of the phrases, longest first; undefined when there are none. */
function phrasePattern(phrases: string[]): RegExp | undefined {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!sorted.length) return undefined;
  return new RegExp(sorted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}
