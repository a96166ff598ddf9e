import { demandRowSchema } from '@atlas/domain';
import type { CollaborationForm, ScenarioOffering } from '../../api/demandKindTypes';
import type { PostDemandInput } from '../../api/types';
import type { MessageKey } from '../../i18n';
import type { DemandDraft, DraftErrors } from './validateDemand';

/**
 * A SCENARIO or INNOVATION draft checked with the domain's own schema (the one the API applies), so each kind's
 * required fields and ranges show beside their inputs before sending.
 */
export function validateKindDemand(
  draft: DemandDraft,
  today = new Date(),
): { ok: true; input: PostDemandInput } | { ok: false; errors: DraftErrors } {
  const scenario = draft.kind === 'SCENARIO';
  const innovation = draft.kind === 'INNOVATION';
  const errors: DraftErrors = {};
  const budget = optionalNumber(draft.budget);
  const durationMonths = scenario ? optionalNumber(draft.durationMonths) : null;
  const targetTrl = innovation ? optionalNumber(draft.targetTrl) : null;
  let expiresAt: string | null = null;
  if (draft.expiresAt) {
    const date = new Date(`${draft.expiresAt}T23:59:59`);
    if (Number.isNaN(date.getTime())) errors.expiresAt = 'form.badDate';
    else if (date < today) errors.expiresAt = 'form.pastDate';
    else expiresAt = date.toISOString();
  }
  const input: PostDemandInput = {
    title: draft.title.trim(),
    segmentId: draft.segmentId,
    quantity: null,
    unit: null,
    budget: innovation ? budget : null,
    requiredCerts: [],
    radius: draft.radius,
    expiresAt,
    description: draft.description.trim() || null,
    kind: draft.kind,
    wantedTechnologyIds: draft.wantedTechnologyIds,
    offering: scenario ? ((draft.offering || null) as ScenarioOffering | null) : null,
    pilotSite: scenario ? draft.pilotSite.trim() || null : null,
    availableFrom: scenario ? draft.availableFrom || null : null,
    durationMonths,
    support: scenario ? draft.support.trim() || null : null,
    problem: innovation ? draft.problem.trim() || null : null,
    targetTrl,
    collaborationForm: innovation ? ((draft.collaborationForm || null) as CollaborationForm | null) : null,
  };
  const parsed = demandRowSchema.safeParse({
    ...input,
    id: 'draft',
    posterId: 'draft',
    status: 'OPEN',
    createdAt: today.toISOString(),
    expiresAt: null,
    description: input.description ?? '',
    // A number that is not one fails here rather than as a type error.
    budget: Number.isNaN(budget) ? -1 : input.budget,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as keyof DemandDraft;
      if (!(field in draft) || errors[field]) continue;
      errors[field] = messageOf(field, issue.message);
    }
  if (Number.isNaN(durationMonths)) errors.durationMonths = 'form.invalid';
  if (Number.isNaN(targetTrl)) errors.targetTrl = 'form.invalid';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input };
}

function messageOf(field: keyof DemandDraft, message: string): MessageKey {
  if (message.startsWith('required') || message.startsWith('name at least') || message === 'must not be empty')
    return 'form.required';
  if (field === 'title' && message.includes('too_big')) return 'form.tooLong';
  if (field === 'budget') return 'form.notNegative';
  return 'form.invalid';
}

function optionalNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}
