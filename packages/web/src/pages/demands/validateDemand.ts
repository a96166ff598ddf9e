import type { DemandKind } from '../../api/demandKindTypes';
import type { PostDemandInput, Radius } from '../../api/types';
import type { MessageKey } from '../../i18n';
import { validateKindDemand } from './validateKindDemand';

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
  /** SCENARIO and INNOVATION fields (validateKindDemand.ts). */
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

/** Checks a draft the way the API will (docs/design.md §3.2 Demand), so mistakes show beside their field before sending. */
export function validateDemand(
  draft: DemandDraft,
  today = new Date(),
): { ok: true; input: PostDemandInput } | { ok: false; errors: DraftErrors } {
  if (draft.kind !== 'ORDER') return validateKindDemand(draft, today);
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'form.required';
  else if (title.length > 120) errors.title = 'form.tooLong';
  if (!draft.segmentId) errors.segmentId = 'form.required';
  const quantity = optionalNumber(draft.quantity);
  if (Number.isNaN(quantity) || (quantity !== null && quantity <= 0)) errors.quantity = 'form.positive';
  const budget = optionalNumber(draft.budget);
  if (Number.isNaN(budget) || (budget !== null && budget < 0)) errors.budget = 'form.notNegative';
  if (draft.unit.trim().length > 20) errors.unit = 'form.tooLong';
  if (draft.description.length > 2000) errors.description = 'form.tooLong';
  if (draft.requiredCerts.length > 10) errors.requiredCerts = 'form.tooMany';
  let expiresAt: string | null = null;
  if (draft.expiresAt) {
    const date = new Date(`${draft.expiresAt}T23:59:59`);
    if (Number.isNaN(date.getTime())) errors.expiresAt = 'form.badDate';
    else if (date < today) errors.expiresAt = 'form.pastDate';
    else expiresAt = date.toISOString();
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title,
      segmentId: draft.segmentId,
      quantity,
      unit: draft.unit.trim() || null,
      budget,
      requiredCerts: draft.requiredCerts,
      radius: draft.radius,
      expiresAt,
      description: draft.description.trim() || null,
    },
  };
}

function optionalNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}
