import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { BoundedCache } from './bounded-cache';

/**
 * Chinese word segmentation with jieba (its own dictionary, shipped in the npm package), plus the vocabulary's
 * terms added as dictionary words so that 磷酸铁锂 or 工业无人机 stay whole. Search mode also emits the words inside
 * a long word (正极材料 → 正极, 材料, 正极材料), so a register that writes only part of a term still meets it.
 */
export interface Tokenizer {
  /** Normalised, segmented, filtered tokens, in text order, repeats kept (BM25 counts them). */
  tokens(text: string): string[];
}

/** A high frequency makes jieba prefer the vocabulary term over splitting it. */
const TERM_FREQUENCY = 1_000_000;

/** Full-width letters and digits to ASCII, lower case, so "ＮＣＭ811" and "ncm811" meet "NCM811". */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Tokens that can carry meaning: two or more characters, not only digits or punctuation. */
function meaningful(token: string): boolean {
  if (token.length < 2) return false;
  return /[\p{Script=Han}a-z]/u.test(token);
}

export function createTokenizer(terms: Iterable<string>, stopwords: ReadonlySet<string> = new Set()): Tokenizer {
  const jieba = Jieba.withDict(dict);
  const lines: string[] = [];
  for (const term of terms) {
    const word = normalise(term).replace(/\s+/g, '');
    // jieba's dictionary format is "word freq tag"; a term with spaces or one character would not load usefully.
    if (word.length >= 2) lines.push(`${word} ${TERM_FREQUENCY} n`);
  }
  if (lines.length) jieba.loadDict(Buffer.from(`${lines.join('\n')}\n`));
  const segment = (piece: string) => jieba.cutForSearch(piece, false).filter((t) => meaningful(t) && !stopwords.has(t));
  const pieces = new BoundedCache<string, string[]>(PIECE_CACHE_SIZE);
  return {
    tokens(text) {
      if (!text) return [];
      // Registers repeat the same items (技术服务, 货物进出口…) across thousands of firms: each piece between two
      // separators is segmented once. Exact, since jieba segments the runs between such characters on their own.
      const out: string[] = [];
      for (const piece of normalise(text).split(SEPARATORS)) {
        if (!piece) continue;
        let tokens = pieces.get(piece);
        if (!tokens) {
          tokens = segment(piece);
          pieces.set(piece, tokens);
        }
        for (const t of tokens) out.push(t);
      }
      return out;
    },
  };
}

/**
 * Characters jieba never puts inside a word (it segments only runs of CJK ideographs, letters, digits and
 * `+#&._%-`, each run on its own), so cutting the text at them first gives the same tokens in the same order.
 */
const SEPARATORS = /[、，,；;。：:（）()\s]+/;
const PIECE_CACHE_SIZE = 100_000;
