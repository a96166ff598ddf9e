import { COMPANY_SUMMARY, FACTORS } from './documents';
import { graphql } from './graphql';

/** Documents of the events pages (issue #19 item 1). */
export const EVENT_SUMMARY = graphql(`
  fragment EventSummary on Event {
    id kind title industry { id name nameEn } date venue status registeredCount synthetic
  }
`);

export const MEETING = graphql(
  `
  fragment Meeting on Meeting {
    id slot table buyer { ...CompanySummary } supplier { ...CompanySummary } score factors { ...Factors }
    buyerResponse supplierResponse outcome outcomeNote
  }
`,
  [COMPANY_SUMMARY, FACTORS],
);

export const EVENT_DETAIL = graphql(
  `
  fragment EventDetail on Event {
    ...EventSummary slots { index startsAt endsAt } meetingMinutes maxMeetingsPerFirm totalScore
    registrations { company { ...CompanySummary } role segments { id name nameEn } note maxMeetings }
    meetings { ...Meeting }
  }
`,
  [EVENT_SUMMARY, COMPANY_SUMMARY, MEETING],
);

export const EVENTS = graphql(
  `
  query Events($industryId: ID, $upcoming: Boolean) { events(industryId: $industryId, upcoming: $upcoming) { ...EventSummary } }
`,
  [EVENT_SUMMARY],
);

export const EVENT = graphql(`query Event($id: ID!) { event(id: $id) { ...EventDetail } }`, [EVENT_DETAIL]);

/** The leaf segments a registering firm picks what it needs or offers from. */
export const EVENT_SEGMENTS = graphql(`
  query EventSegments($industryId: ID!) { chainMap(industryId: $industryId) { segments { id name nameEn leaf } } }
`);

export const CREATE_EVENT = graphql(
  `mutation CreateEvent($input: CreateEventInput!) { createEvent(input: $input) { ...EventSummary } }`,
  [EVENT_SUMMARY],
);

export const REGISTER_FOR_EVENT = graphql(
  `
  mutation RegisterForEvent($eventId: ID!, $input: EventRegistrationInput!) {
    registerForEvent(eventId: $eventId, input: $input) { ...EventDetail }
  }
`,
  [EVENT_DETAIL],
);

export const PROPOSE_SCHEDULE = graphql(
  `mutation ProposeSchedule($eventId: ID!) { proposeSchedule(eventId: $eventId) { ...EventDetail } }`,
  [EVENT_DETAIL],
);

export const PUBLISH_SCHEDULE = graphql(
  `mutation PublishSchedule($eventId: ID!) { publishSchedule(eventId: $eventId) { ...EventDetail } }`,
  [EVENT_DETAIL],
);

export const RESPOND_TO_MEETING = graphql(
  `
  mutation RespondToMeeting($meetingId: ID!, $accept: Boolean!) {
    respondToMeeting(meetingId: $meetingId, accept: $accept) { ...Meeting }
  }
`,
  [MEETING],
);

export const REMOVE_MEETING = graphql(
  `mutation RemoveMeeting($meetingId: ID!) { removeMeeting(meetingId: $meetingId) { ...EventDetail } }`,
  [EVENT_DETAIL],
);

export const ADD_MEETING = graphql(
  `
  mutation AddMeeting($eventId: ID!, $buyerId: ID!, $supplierId: ID!, $slot: Int!) {
    addMeeting(eventId: $eventId, buyerId: $buyerId, supplierId: $supplierId, slot: $slot) { ...EventDetail }
  }
`,
  [EVENT_DETAIL],
);

export const RECORD_MEETING_OUTCOME = graphql(
  `
  mutation RecordMeetingOutcome($meetingId: ID!, $outcome: MeetingOutcome!, $note: String) {
    recordMeetingOutcome(meetingId: $meetingId, outcome: $outcome, note: $note) { ...Meeting }
  }
`,
  [MEETING],
);

/** `GET /export/events/<id>.xlsx`: the schedule as a slot × table grid and a list (officers, admins). */
export const eventExportUrl = (eventId: string) => `/export/events/${encodeURIComponent(eventId)}.xlsx`;
