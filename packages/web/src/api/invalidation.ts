import type { TadaDocumentNode } from 'gql.tada';

// biome-ignore lint/suspicious/noExplicitAny: any document, whatever its result and variables
type DocumentNode = TadaDocumentNode<any, any>;

/**
 * What each mutation changes, as the root query fields whose results it makes stale. useMutation passes them to the
 * document cache, which drops those results and refetches the ones on screen. A mutation missing here changes no
 * query the web shows (a unit test checks every mutation document is listed).
 */
export const CHANGES: Record<string, readonly string[]> = {
  Login: [],
  PostDemand: ['demands', 'supplierMatches', 'buyerMatches', 'demandMatches'],
  UpdateDemandStatus: ['demands', 'supplierMatches', 'buyerMatches', 'demandMatches'],
  ExpressInterest: ['demands', 'supplierMatches', 'buyerMatches'],
  // The trackRecord factor of supplier matches and the KPIs read interest outcomes.
  RecordInterestOutcome: ['demands', 'matchmakingKpis', 'supplierMatches'],
  CreateEvent: ['events'],
  RegisterForEvent: ['events', 'event'],
  ProposeSchedule: ['events', 'event'],
  PublishSchedule: ['events', 'event'],
  RespondToMeeting: ['event'],
  RemoveMeeting: ['event'],
  AddMeeting: ['event'],
  RecordMeetingOutcome: ['event'],
  RequestService: ['servicePlatforms'],
  UpdateServiceRequestStatus: ['servicePlatforms'],
  CreateSnapshot: ['snapshots', 'chainDiff'],
  // Review decisions move firms between segments: every count and score built on attachments may change.
  AcceptAttachments: ['reviewQueue', 'company', 'segmentCompanies', 'dataQuality'],
  RejectAttachments: ['reviewQueue', 'company', 'segmentCompanies', 'dataQuality', 'chainMap', 'gaps'],
  MoveAttachment: ['reviewQueue', 'company', 'segmentCompanies', 'dataQuality', 'chainMap', 'gaps'],
  CreateUser: ['users'],
  SetUserRole: ['users'],
  SetUserDisabled: ['users'],
  ResetPassword: ['users'],
};

/** The cache tag of a root query field; queries carry one per field they select, mutations the ones they change. */
export const fieldTag = (field: string) => `Query.${field}`;

/** The parts of a parsed operation read here. */
interface OperationShape {
  kind: string;
  name?: { value: string };
  selectionSet: { selections: ReadonlyArray<{ kind: string; name?: { value: string } }> };
}

/** The operation's name and root fields, read from the parsed document (no text matching). */
export function operationOf(document: DocumentNode): { name: string; rootFields: string[] } {
  const definitions = document.definitions as unknown as readonly OperationShape[];
  const operation = definitions.find((definition) => definition.kind === 'OperationDefinition');
  if (!operation) throw new Error('a document without an operation');
  return {
    name: operation.name?.value ?? '',
    rootFields: operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' && s.name ? [s.name.value] : [])),
  };
}
