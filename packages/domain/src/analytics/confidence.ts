/**
 * How sure an attachment (OPERATES_IN) must be to count in the analytics. Classification writes inferred edges
 * with their own confidence; a reviewer's acceptance sets 1; the synthetic demo firms carry 0.9; edges without a
 * confidence count as 1 (imports and hand-made fixtures predate it). At the default, inferred attachments below
 * one half stay out of chain maps, gaps and matches until someone reviews them; 0 shows everything.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** Why a requested minimum confidence is not usable, or null when it is (a finite number in [0, 1]). */
export function minConfidenceProblem(value: number): string | null {
  return Number.isFinite(value) && value >= 0 && value <= 1 ? null : 'minConfidence must be a number in 0..1';
}
