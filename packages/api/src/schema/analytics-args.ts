import { DEFAULT_MIN_CONFIDENCE, DEFAULT_RADIUS, DEFAULT_RANKING_LIMIT, DEFAULT_STRONG_THRESHOLD } from '@atlas/domain';
import { builder } from '../builder';
import { RadiusEnum } from './enums';

// The declarations of the shared analytics arguments, with their defaults shown in the schema; arguments.ts checks
// the values. Factories, not shared objects: Pothos builds an argument once per field (see the Pothos discussion on
// re-used args).

/** How far "local" reaches (docs/design.md §4), DEFAULT_RADIUS (JINSHAN) unless asked. */
export const radiusArgs = () =>
  builder.args((t) => ({ radius: t.field({ type: RadiusEnum, defaultValue: DEFAULT_RADIUS }) }));

/** The STRONG threshold of docs/design.md §4.1. */
export const thresholdArgs = () =>
  builder.args((t) => ({
    threshold: t.int({ defaultValue: DEFAULT_STRONG_THRESHOLD, description: 'Local firms needed for STRONG.' }),
  }));

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

/** A ranked list's length (investment targets and matches). */
export const limitArgs = () =>
  builder.args((t) => ({ limit: t.int({ defaultValue: DEFAULT_RANKING_LIMIT, description: '1 to 100.' }) }));
