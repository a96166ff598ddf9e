/**
 * Okapi BM25 over a small fixed corpus (one document per leaf segment), the standard ranking function of full-text
 * search (Robertson & Zaragoza 2009; Lucene's default since 6.0):
 *
 *   score(q, D) = Σ_{t ∈ q} idf(t) · tf(t,D)·(k1 + 1) / (tf(t,D) + k1·(1 − b + b·|D|/avgdl))
 *   idf(t)      = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))          (Lucene's form: never negative)
 *
 * k1 = 1.2 saturates repeats of a term in a document (a segment listing 锂电池 three times is not three times as
 * likely); b = 0.75 normalises by document length, so a segment with a long word list does not win by listing more.
 * Both are the textbook defaults; our documents are short and of similar length, where they are known to work well.
 * The query's terms count once each (a register repeating a word is not more evidence).
 */
export interface Bm25Parameters {
  k1: number;
  b: number;
}

export const BM25_DEFAULTS: Bm25Parameters = { k1: 1.2, b: 0.75 };

export interface Bm25Match {
  doc: number;
  score: number;
  /** The query terms that met this document. */
  terms: string[];
}

export class Bm25Index {
  readonly documentCount: number;
  readonly averageLength: number;
  private readonly postings = new Map<string, Array<{ doc: number; tf: number }>>();
  private readonly lengths: number[];
  private readonly idfs = new Map<string, number>();

  constructor(
    documents: readonly (readonly string[])[],
    readonly parameters: Bm25Parameters = BM25_DEFAULTS,
  ) {
    this.documentCount = documents.length;
    this.lengths = documents.map((d) => d.length);
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, documents.length);
    documents.forEach((tokens, doc) => {
      const counts = new Map<string, number>();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = this.postings.get(term);
        if (list) list.push({ doc, tf });
        else this.postings.set(term, [{ doc, tf }]);
      }
    });
    for (const [term, list] of this.postings) this.idfs.set(term, idf(this.documentCount, list.length));
  }

  /** ln(1 + (N − n + 0.5)/(n + 0.5)); 0 for a term no document has. */
  idf(term: string): number {
    return this.idfs.get(term) ?? 0;
  }

  /** BM25 of the query against every document it touches; documents it misses are absent (score 0). */
  search(query: Iterable<string>): Map<number, Bm25Match> {
    const { k1, b } = this.parameters;
    const matches = new Map<number, Bm25Match>();
    for (const term of new Set(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const termIdf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = k1 * (1 - b + (b * (this.lengths[doc] ?? 0)) / this.averageLength);
        const part = (termIdf * tf * (k1 + 1)) / (tf + norm);
        const match = matches.get(doc);
        if (match) {
          match.score += part;
          match.terms.push(term);
        } else matches.set(doc, { doc, score: part, terms: [term] });
      }
    }
    return matches;
  }
}

function idf(documentCount: number, containing: number): number {
  return Math.log(1 + (documentCount - containing + 0.5) / (containing + 0.5));
}
