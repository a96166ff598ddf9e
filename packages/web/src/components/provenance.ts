/** Whole days from an ISO timestamp to now (0 for today or the future); null when there is no usable date. */
export function ageInDays(iso: string | null | undefined, now: Date = new Date()): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.floor((now.getTime() - at) / 86_400_000));
}

/** The date that tells an attachment's age: its review, else its classification, else the firm's record. */
export function attachmentDate(
  operation: { reviewedAt?: string | null; classifiedAt?: string | null },
  recordDate: string | null | undefined,
): string | null {
  return operation.reviewedAt ?? operation.classifiedAt ?? recordDate ?? null;
}
