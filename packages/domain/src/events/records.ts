import type { ScoreFactor } from '../analytics/score';
import type { EventInput, EventRole, EventStatus, MeetingOutcome, MeetingResponse } from './model';

/** An event as read models see it (the backing type of GraphQL `Event`); the status stored, DONE derived later. */
export interface EventRecord extends EventInput {
  id: string;
  status: EventStatus;
  synthetic: boolean;
  createdAt: string;
  registeredCount: number;
  /** `buyer|supplier` pairs a party declined: never proposed again. */
  declinedPairs: string[];
}

/** A firm's registration for an event (GraphQL `EventRegistration`). */
export interface RegistrationRecord {
  eventId: string;
  companyId: string;
  role: EventRole;
  segmentIds: string[];
  note: string | null;
  maxMeetings: number | null;
  at: string;
}

/**
 * A meeting of an event (GraphQL `Meeting`): its id is `<eventId>/<buyerId>/<supplierId>` (one per pair), its factors
 * as computed when it was proposed or added.
 */
export interface MeetingRecord {
  id: string;
  eventId: string;
  slot: number;
  table: number;
  buyerId: string;
  supplierId: string;
  score: number;
  factors: ScoreFactor[];
  buyerResponse: MeetingResponse;
  supplierResponse: MeetingResponse;
  outcome: MeetingOutcome;
  outcomeNote: string | null;
}
