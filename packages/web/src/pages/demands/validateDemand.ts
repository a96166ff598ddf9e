import { demandRowSchema } from '@atlas/domain';
import type { CollaborationForm, DemandKind, PostDemandInput, Radius, ScenarioOffering } from '../../api/types';
import type { MessageKey } from '../../i18n';

/** The demand form as typed: strings, as inputs hold them. */
export interface DemandDraft {
  title: string;
  segmentId: string;
  quantity: string;
  unit: string;
  budget: string;
  requiredCerts: string[];
  radius: Radius;
  expiresAt: string;
  description: string;
  /** SCENARIO and INNOVATION fields (the domain's KIND_FIELDS). */
  kind: DemandKind;
  wantedTechnologyIds: string[];
  offering: string;
  pilotSite: string;
  availableFrom: string;
  durationMonths: string;
  support: string;
  problem: string;
  targetTrl: string;
  collaborationForm: string;
}

export const EMPTY_DRAFT: DemandDraft = {
  title: '',
  segmentId: '',
  quantity: '',
  unit: '',
  budget: '',
  requiredCerts: [],
  radius: 'YRD',
  expiresAt: '',
  description: '',
  kind: 'ORDER',
  wantedTechnologyIds: [],
  offering: '',
  pilotSite: '',
  availableFrom: '',
  durationMonths: '',
  support: '',
  problem: '',
  targetTrl: '',
  collaborationForm: '',
};

export type DraftErrors = Partial<Record<keyof DemandDraft, MessageKey>>;

/**
 * Checks a draft with the domain's demand schema (the one the API applies, docs/design.md §3.2 Demand), so mistakes
 * show beside their field before sending. Only what the schema cannot know stays here: numbers typed as text, and a
 * deadline in the past.
 */
export function validateDemand(
  draft: DemandDraft,
  today = new Date(),
): { ok: true; input: PostDemandInput } | { ok: false; errors: DraftErrors } {
  const order = draft.kind === 'ORDER';
  const scenario = draft.kind === 'SCENARIO';
  const innovation = draft.kind === 'INNOVATION';
  const errors: DraftErrors = {};
  let expiresAt: string | null = null;
  if (draft.expiresAt) {
    const date = new Date(`${draft.expiresAt}T23:59:59`);
    if (Number.isNaN(date.getTime())) errors.expiresAt = 'form.badDate';
    else if (date < today) errors.expiresAt = 'form.pastDate';
    else expiresAt = date.toISOString();
  }
  // Each kind sends only its own fields (the schema refuses another kind's).
  const input: PostDemandInput = {
    title: draft.title.trim(),
    segmentId: draft.segmentId,
    quantity: order ? optionalNumber(draft.quantity) : null,
    unit: order ? draft.unit.trim() || null : null,
    budget: order || innovation ? optionalNumber(draft.budget) : null,
    requiredCerts: order ? draft.requiredCerts : [],
    radius: draft.radius,
    expiresAt,
    description: draft.description.trim() || null,
    kind: draft.kind,
    wantedTechnologyIds: order ? [] : draft.wantedTechnologyIds,
    offering: scenario ? ((draft.offering || null) as ScenarioOffering | null) : null,
    pilotSite: scenario ? draft.pilotSite.trim() || null : null,
    availableFrom: scenario ? draft.availableFrom || null : null,
    durationMonths: scenario ? optionalNumber(draft.durationMonths) : null,
    support: scenario ? draft.support.trim() || null : null,
    problem: innovation ? draft.problem.trim() || null : null,
    targetTrl: innovation ? optionalNumber(draft.targetTrl) : null,
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
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as keyof DemandDraft;
      if (!(field in draft) || errors[field]) continue;
      errors[field] = messageOf(field, issue);
    }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input };
}

/** The form's message for a schema issue: by the issue's code and field, never by its English text alone. */
function messageOf(field: keyof DemandDraft, issue: { code: string; message: string }): MessageKey {
  // Numbers typed as text arrive as NaN: the schema calls them the wrong type.
  if (field === 'quantity') return 'form.positive';
  if (field === 'budget') return 'form.notNegative';
  if (issue.code === 'too_small' && (field === 'title' || field === 'segmentId')) return 'form.required';
  if (issue.code === 'too_big' && (field === 'title' || field === 'unit' || field === 'description'))
    return 'form.tooLong';
  if (issue.code === 'too_big' && field === 'requiredCerts') return 'form.tooMany';
  // kindFieldProblems: a kind's required field is missing, or it names no technology.
  if (issue.code === 'custom' && /^(required|name at least)/.test(issue.message)) return 'form.required';
  return 'form.invalid';
}

/** A number input's text: null when empty, NaN when not a number (the schema refuses it). */
function optionalNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}
