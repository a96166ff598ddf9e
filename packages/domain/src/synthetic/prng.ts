/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Every random choice in the synthetic data
 * flows through here, so the same seed gives byte-identical data on every machine.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weightOf(item);
    let roll = this.next() * total;
    for (const item of items) {
      roll -= weightOf(item);
      if (roll < 0) return item;
    }
    return this.pick(items);
  }

  /** A new array in random order (Fisher–Yates); the input is untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Up to `count` distinct items. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /** Log-normal around `median`; money and capacity are skewed like this in real firm data. */
  logNormal(median: number, sigma: number): number {
    const u = 1 - this.next();
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * normal);
  }
}

/** Precomputes cumulative weights once, for draws repeated per firm (parks, places, industries). */
export function sampler<T>(items: readonly T[], weightOf: (item: T) => number): (rng: Rng) => T {
  if (items.length === 0) throw new Error('cannot sample from an empty list');
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weightOf(item);
    cumulative.push(total);
  }
  return (rng) => {
    const roll = rng.next() * total;
    let i = 0;
    while (i < cumulative.length - 1 && (cumulative[i] as number) <= roll) i++;
    return items[i] as T;
  };
}

/** murmur3's 32-bit finaliser: spreads nearby inputs (seed, seed + 1, …) over the whole range. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over a string, so named streams ("gaps:icv") get their own seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * An independent stream for one purpose: firm i's draws depend only on (seed, i), not on how many firms came
 * before, which is what lets a larger run extend a smaller one instead of reshuffling it.
 */
export function streamRng(seed: number, key: number | string): Rng {
  const k = typeof key === 'number' ? mix32(key + 0x9e3779b9) : hashString(key);
  return new Rng(mix32(mix32(seed) ^ k));
}
