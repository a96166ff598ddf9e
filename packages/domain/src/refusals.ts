/**
 * Why the server refuses something a user asked for, as a stable machine reason beside the English message
 * (`extensions: { code, reason, params }`, docs/design.md §5). The web shows each reason in the reader's language
 * (web/src/i18n/features/serverErrors.ts), filling in `params`; a unit test checks every reason here has both strings.
 *
 * Each reason lists its params and what each one is: `text` and `number` are shown as sent; a code kind
 * (`outcomeStep`, `demandStatus`, …) names the web's message prefix, so `QUOTED` reads 已报价, not QUOTED.
 */
export type RefusalParamKind = 'text' | 'number' | 'outcomeStep' | 'demandStatus' | 'serviceRequestStatus';

export const REFUSALS = {
  // Sign-in
  SIGN_IN_FIRST: {},
  SIGN_IN_AGAIN: {},
  LOGIN_FAILED: {},
  LOGIN_LOCKED: { minutes: 'number' },
  // Any record an argument names
  RECORD_NOT_FOUND: { what: 'text', id: 'text' },
  COMPANY_REQUIRED: {},
  NOTE_TOO_LONG: { max: 'number' },
  // Events: who may
  ONLY_OFFICERS_RUN_EVENTS: {},
  ONLY_FIRMS_REGISTER: {},
  FIRM_REGISTERS_ITSELF: {},
  ONLY_MEETING_PARTIES_ANSWER: {},
  ONLY_MEETING_PARTIES_RECORD_OUTCOME: {},
  PROPOSED_SCHEDULE_PRIVATE: {},
  // Events: when
  EVENT_DATE_PAST: {},
  EVENT_SEGMENTS_UNKNOWN: { industryId: 'text', segmentIds: 'text' },
  REGISTRATION_CLOSED_PUBLISHED: {},
  REGISTRATION_CLOSED_DONE: {},
  REGISTRATION_CLOSED_PAST: { date: 'text' },
  SCHEDULE_ALREADY_PUBLISHED: {},
  SCHEDULE_PROPOSE_PAST: { date: 'text' },
  SCHEDULE_EMPTY: {},
  EVENT_HELD_NO_CHANGES: {},
  EVENT_HELD_RECORD_OUTCOME: {},
  MEETING_OUTCOME_BEFORE_PUBLISH: {},
  // Events: an officer's added meeting
  MEETING_NOT_BUYER: { firm: 'text' },
  MEETING_NOT_SUPPLIER: { firm: 'text' },
  MEETING_SLOT_OUT_OF_RANGE: { slotCount: 'number' },
  MEETING_PAIR_EXISTS: { buyer: 'text', supplier: 'text', slot: 'number' },
  MEETING_SLOT_TAKEN: { firm: 'text', slot: 'number' },
  MEETING_CAP_REACHED: { firm: 'text', cap: 'number' },
  MEETING_NO_COMMON_SEGMENT: { buyer: 'text', supplier: 'text' },
  // Interest outcomes
  OUTCOME_ALREADY_AT: { step: 'outcomeStep' },
  OUTCOME_MOVE_REFUSED: { from: 'outcomeStep', to: 'outcomeStep' },
  OUTCOME_POSTER_ONLY_STEP: { step: 'outcomeStep' },
  OUTCOME_NOT_A_PARTY: {},
  // Demands
  ONLY_LEADERS_POST_DEMAND: {},
  LEADER_POSTS_OWN_DEMAND: {},
  ONLY_POSTER_CHANGES_DEMAND: {},
  DEMAND_MOVE_REFUSED: { from: 'demandStatus', to: 'demandStatus' },
  DEMAND_NOT_ACCEPTING_INTEREST: { status: 'demandStatus' },
  POSTER_CANNOT_ANSWER_OWN_DEMAND: {},
  ONLY_FIRMS_EXPRESS_INTEREST: {},
  FIRM_INTEREST_AS_ITSELF: {},
  // Service requests
  ONLY_FIRMS_REQUEST_SERVICE: {},
  FIRM_REQUESTS_AS_ITSELF: {},
  ONLY_OFFICERS_ANSWER_REQUESTS: {},
  SERVICE_NOTE_EMPTY: {},
  SERVICE_REQUEST_MOVE_REFUSED: { from: 'serviceRequestStatus', to: 'serviceRequestStatus' },
  SERVICE_REQUEST_CHANGED: {},
} as const satisfies Record<string, Readonly<Record<string, RefusalParamKind>>>;

export type RefusalReason = keyof typeof REFUSALS;
export const REFUSAL_REASONS = Object.keys(REFUSALS) as RefusalReason[];

export type RefusalParams = Readonly<Record<string, string | number>>;

export interface Refusal {
  readonly reason: RefusalReason;
  readonly params: RefusalParams;
  /** The English sentence the API sends as `message` (what logs, the CLI and older clients read). */
  readonly message: string;
}

/** A refusal whose params are exactly the ones its reason declares. */
export function refusal<R extends RefusalReason>(
  reason: R,
  message: string,
  ...params: keyof (typeof REFUSALS)[R] extends never ? [] : [Record<keyof (typeof REFUSALS)[R], string | number>]
): Refusal {
  return { reason, message, params: params[0] ?? {} };
}

/** Whether a rule's answer is a refusal (the API also throws plain messages, e.g. zod field errors). */
export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'reason' in value && 'message' in value;
