import { DEFAULT_MIN_CONFIDENCE, minConfidenceProblem } from '@atlas/domain';
import { builder } from '../builder';
import { badInput } from '../errors';
import { RadiusEnum } from './enums';

// Factories, not shared objects: Pothos builds an argument once per field (see the Pothos discussion on re-used args).

/** How far "local" reaches (docs/design.md §4), JINSHAN unless asked. */
export const radiusArgs = () =>
  builder.args((t) => ({ radius: t.field({ type: RadiusEnum, defaultValue: 'JINSHAN' }) }));

/** The STRONG threshold of docs/design.md §4.1. */
export const thresholdArgs = () =>
  builder.args((t) => ({ threshold: t.int({ defaultValue: 3, description: 'Local firms needed for STRONG.' }) }));

/** Which attachments count (see domain DEFAULT_MIN_CONFIDENCE): unreviewed guesses below it stay out. */
export const minConfidenceArgs = () =>
  builder.args((t) => ({
    minConfidence: t.float({
      defaultValue: DEFAULT_MIN_CONFIDENCE,
      description:
        'Firms attach to a segment (OPERATES_IN) only when that edge is at least this confident, 0..1. Inferred ' +
        "attachments carry the classifier's confidence until reviewed, confirmed ones 1, the demo firms 0.9; " +
        `${DEFAULT_MIN_CONFIDENCE} leaves weak unreviewed guesses out, 0 shows everything but rejected ones.`,
    }),
  }));

/** The requested minimum confidence, validated (BAD_USER_INPUT outside 0..1); the default when absent. */
export function checkedMinConfidence(value: number | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_MIN_CONFIDENCE;
  const problem = minConfidenceProblem(value);
  if (problem) throw badInput(problem);
  return value;
}
