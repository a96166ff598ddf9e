import { COMPANY_SUMMARY } from './documents';

/** Documents of the events pages (issue #19 item 1); a unit test checks them against schema.graphql. */
const FACTORS = 'factors { factor value weight contribution }';
const SUMMARY = 'id kind title industry { id name nameEn } date venue status registeredCount synthetic';
const MEETING = `id slot table buyer { ${COMPANY_SUMMARY} } supplier { ${COMPANY_SUMMARY} } score ${FACTORS}
  buyerResponse supplierResponse outcome outcomeNote`;
const DETAIL = `${SUMMARY} slots { index startsAt endsAt } meetingMinutes maxMeetingsPerFirm totalScore
  registrations { company { ${COMPANY_SUMMARY} } role segments { id name nameEn } note maxMeetings }
  meetings { ${MEETING} }`;

export const EVENTS = `query Events($industryId: ID, $upcoming: Boolean) {
  events(industryId: $industryId, upcoming: $upcoming) { ${SUMMARY} }
}`;

export const EVENT = `query Event($id: ID!) { event(id: $id) { ${DETAIL} } }`;

/** The leaf segments a registering firm picks what it needs or offers from. */
export const EVENT_SEGMENTS = `query EventSegments($industryId: ID!) {
  chainMap(industryId: $industryId) { segments { id name nameEn leaf } }
}`;

export const CREATE_EVENT = `mutation CreateEvent($input: CreateEventInput!) { createEvent(input: $input) { ${SUMMARY} } }`;

export const REGISTER_FOR_EVENT = `mutation RegisterForEvent($eventId: ID!, $input: EventRegistrationInput!) {
  registerForEvent(eventId: $eventId, input: $input) { ${DETAIL} }
}`;

export const PROPOSE_SCHEDULE = `mutation ProposeSchedule($eventId: ID!) { proposeSchedule(eventId: $eventId) { ${DETAIL} } }`;

export const PUBLISH_SCHEDULE = `mutation PublishSchedule($eventId: ID!) { publishSchedule(eventId: $eventId) { ${DETAIL} } }`;

export const RESPOND_TO_MEETING = `mutation RespondToMeeting($meetingId: ID!, $accept: Boolean!) {
  respondToMeeting(meetingId: $meetingId, accept: $accept) { ${MEETING} }
}`;

export const REMOVE_MEETING = `mutation RemoveMeeting($meetingId: ID!) { removeMeeting(meetingId: $meetingId) { ${DETAIL} } }`;

export const ADD_MEETING = `mutation AddMeeting($eventId: ID!, $buyerId: ID!, $supplierId: ID!, $slot: Int!) {
  addMeeting(eventId: $eventId, buyerId: $buyerId, supplierId: $supplierId, slot: $slot) { ${DETAIL} }
}`;

export const RECORD_MEETING_OUTCOME = `mutation RecordMeetingOutcome($meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {
  recordMeetingOutcome(meetingId: $meetingId, outcome: $outcome, note: $note) { ${MEETING} }
}`;

/** The queries an event mutation changes. */
export const EVENT_QUERIES = ['events', 'event'] as const;

/** `GET /export/events/<id>.xlsx`: the schedule as a slot × table grid and a list (officers, admins). */
export const eventExportUrl = (eventId: string) => `/export/events/${encodeURIComponent(eventId)}.xlsx`;
