// Events (对接会 / 沙龙 / 创新合作周): the model, the pair score, the schedule solver and the adjustment rules.

export {
  mayManageEvents,
  mayReadMeeting,
  mayRecordMeetingOutcome,
  mayRegisterForEvent,
  mayRespondToMeeting,
} from '../auth/event-roles';
export { type BSide, maxWeightBMatching, type WeightedPair } from './b-matching';
export {
  type BipartiteEdge,
  ColouringError,
  colourBipartiteEdges,
} from './edge-colouring';
export {
  type AddMeetingCheck,
  addMeetingProblem,
  adjustProblem,
  type ExistingMeeting,
  outcomeProblem,
  proposeProblem,
  publishProblem,
  registrationProblem,
  respondProblem,
} from './meeting-rules';
export {
  EVENT_KINDS,
  EVENT_ROLES,
  EVENT_STATUSES,
  type EventInput,
  type EventKind,
  type EventRole,
  type EventSlot,
  type EventStatus,
  eventInputSchema,
  eventSlots,
  eventStatus,
  issuesText,
  MAX_MEETING_MINUTES,
  MAX_SLOTS,
  MEETING_OUTCOMES,
  MEETING_RESPONSES,
  type MeetingOutcome,
  type MeetingResponse,
  meetingCap,
  type RegistrationInput,
  registrationInputSchema,
  shanghaiToday,
} from './model';
export {
  bestSegmentFit,
  DEFAULT_PAIR_WEIGHTS,
  depthUnder,
  type EventFirmFacts,
  PAIR_FACTORS,
  type PairFactor,
  type PairSide,
  type ParentOf,
  pairScore,
} from './pair-score';
export type { EventRecord, MeetingRecord, RegistrationRecord } from './records';
export {
  buyerTables,
  type CandidatePair,
  candidatePairs,
  meetingCaps,
  type ProposedMeeting,
  pairKey,
  type ScheduleInput,
  type ScheduleRegistration,
  solveSchedule,
} from './schedule';
