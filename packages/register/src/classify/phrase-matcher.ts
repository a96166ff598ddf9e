import { BoundedCache } from './bounded-cache';

/**
 * Finds every occurrence of a fixed set of phrases in a text in one pass (Aho–Corasick), so thousands of
 * vocabulary terms cost the same as one per character of the text. Matching is on the normalised text
 * (see `normalise` in tokenizer.ts): case-folded, full-width ASCII folded.
 */
export interface PhraseHit<T> {
  phrase: string;
  /** Offset of the phrase's first character in the text. */
  start: number;
  payload: T;
}

interface Node<T> {
  next: Map<string, number>;
  fail: number;
  /** Phrases ending here, including those reached through fail links (filled by build). */
  out: Array<{ phrase: string; payload: T }>;
}

export class PhraseMatcher<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [] }];
  private built = false;
  /** Hits per piece of text between separators (see `search`); undefined when no separator is usable. */
  private pieces: BoundedCache<string, PhraseHit<T>[]> | undefined;
  private split: RegExp | undefined;
  /** Candidate separators still usable: none of the phrases added so far contains them. */
  private readonly separators: Set<string>;

  /**
   * `separators` (e.g. "；;。\n"): characters that cut a text into pieces the matcher scans once each and remembers,
   * since registers repeat the same items across thousands of firms. A character some phrase contains is not used.
   */
  constructor(separators = '') {
    this.separators = new Set(separators);
  }

  add(phrase: string, payload: T): void {
    if (this.built) throw new Error('PhraseMatcher: add after the first search');
    if (!phrase) return;
    for (const ch of phrase) this.separators.delete(ch);
    let at = 0;
    for (const ch of phrase) {
      let to = this.nodes[at]?.next.get(ch);
      if (to === undefined) {
        to = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[at]?.next.set(ch, to);
      }
      at = to;
    }
    this.nodes[at]?.out.push({ phrase, payload });
  }

  /** Every hit, overlapping ones included, in order of where they end. */
  search(text: string): PhraseHit<T>[] {
    if (!this.built) this.build();
    const { pieces, split } = this;
    if (!pieces || !split) return this.scan(text);
    // No phrase holds a separator, so the automaton is back at its root after each one: scanning the pieces on
    // their own finds exactly the hits of the whole text, in the same order.
    const hits: PhraseHit<T>[] = [];
    split.lastIndex = 0;
    let from = 0;
    for (;;) {
      const m = split.exec(text);
      const end = m ? m.index : text.length;
      if (end > from) {
        const piece = text.slice(from, end);
        let found = pieces.get(piece);
        if (!found) {
          found = this.scan(piece);
          pieces.set(piece, found);
        }
        for (const h of found) hits.push({ phrase: h.phrase, start: h.start + from, payload: h.payload });
      }
      if (!m) return hits;
      from = m.index + m[0].length;
    }
  }

  private scan(text: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let at = 0;
    let index = 0;
    for (const ch of text) {
      index += ch.length;
      at = this.step(at, ch);
      const node = this.nodes[at] as Node<T>;
      for (const o of node.out) hits.push({ phrase: o.phrase, start: index - o.phrase.length, payload: o.payload });
    }
    return hits;
  }

  private step(from: number, ch: string): number {
    let at = from;
    for (;;) {
      const to = this.nodes[at]?.next.get(ch);
      if (to !== undefined) return to;
      if (at === 0) return 0;
      at = this.nodes[at]?.fail ?? 0;
    }
  }

  /** Breadth-first fail links; each node inherits the outputs of its fail target. */
  private build(): void {
    this.built = true;
    if (this.separators.size > 0) {
      const chars = [...this.separators].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
      this.split = new RegExp(`[${chars}]+`, 'gu');
      this.pieces = new BoundedCache(100_000);
    }
    const queue: number[] = [];
    for (const child of this.nodes[0]?.next.values() ?? []) queue.push(child);
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i] as number;
      const node = this.nodes[at] as Node<T>;
      for (const [ch, child] of node.next) {
        const fail = at === 0 ? 0 : this.step(node.fail, ch);
        const target = this.nodes[child] as Node<T>;
        target.fail = fail === child ? 0 : fail;
        target.out.push(...(this.nodes[target.fail] as Node<T>).out);
        queue.push(child);
      }
    }
  }
}
