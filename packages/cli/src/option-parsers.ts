import { RADII, type Radius } from '@atlas/domain';
import { UsageError } from './args';

/**
 * `--name N` as a whole number (`_` separators allowed: 1_000_000) within bounds; unset gives `fallback`. The one
 * parser every command and `pnpm bench` use for counts, sizes, seeds and ports.
 */
export function wholeNumberOption(
  name: string,
  raw: string | undefined,
  fallback: number,
  bounds?: { min?: number; max?: number },
): number;
export function wholeNumberOption(
  name: string,
  raw: string | undefined,
  fallback?: undefined,
  bounds?: { min?: number; max?: number },
): number | undefined;
export function wholeNumberOption(
  name: string,
  raw: string | undefined,
  fallback?: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number | undefined {
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (raw.trim() === '' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : min > 0 ? ` ≥ ${min}` : '';
    throw new UsageError(`--${name} must be a whole number${range}, got "${raw}"`);
  }
  return value;
}

/** `--name x` as any finite number (a confidence, a threshold). */
export function numberOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name} needs a number, got "${raw}"`);
  return value;
}

/** `--radius R` (any case) as one of the radii; unset gives `fallback`. */
export function radiusOption(raw: string | undefined, fallback: Radius): Radius;
export function radiusOption(raw: string | undefined): Radius | undefined;
export function radiusOption(raw: string | undefined, fallback?: Radius): Radius | undefined {
  if (raw === undefined) return fallback;
  const radius = raw.toUpperCase();
  if (!(RADII as readonly string[]).includes(radius))
    throw new UsageError(`--radius must be one of ${RADII.join(', ')}`);
  return radius as Radius;
}

/** `--name a` as one of `choices` (given in lower case; any case accepted). */
export function choiceOption<T extends string>(
  name: string,
  raw: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase() as T;
  if (!choices.includes(value)) throw new UsageError(`--${name} must be ${choices.join(' or ')}`);
  return value;
}

/** No more positional arguments than the usage has. */
export function atMost(positionals: string[], count: number): void {
  const extra = positionals[count];
  if (extra !== undefined) throw new UsageError(`unexpected "${extra}"`);
}
