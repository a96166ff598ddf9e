import type { LOGIN } from './authDocuments';
import type { COMPANY, DEMAND, POST_DEMAND, SUPPLIER_MATCHES } from './demandDocuments';
import type { DEMAND_MATCHES } from './demandKindDocuments';
import type {
  BLAST_RADIUS,
  CHAIN_MAP,
  COMPANY_PROVENANCE,
  COMPANY_SUMMARY,
  DATA_QUALITY,
  FACTORS,
  GAPS,
  PROVENANCE,
  REVIEW_QUEUE,
  ROADMAP,
  SEGMENT,
  SUPPORT_RATE,
  WHAT_IF,
} from './documents';
import type { EVENT_DETAIL, EVENT_SUMMARY, MEETING } from './eventDocuments';
import type { ResultOf, SchemaType, VariablesOf } from './graphql';
import type { INTEREST, MATCHMAKING_KPIS } from './outcomeDocuments';
import type { INDUSTRIES_WITH_KPIS } from './overviewDocuments';
import type { PLATFORM_PAGE, SEGMENT_PLATFORMS } from './platformDocuments';
import type { SITES_FOR } from './siteDocuments';
import type { CHAIN_DIFF, SNAPSHOTS } from './snapshotDocuments';
import type { ACCOUNT } from './userDocuments';

/**
 * Names for the shapes pages pass around. None is written by hand: each is the result (or input) type of a document,
 * or an enum of packages/api/schema.graphql, so it changes when the document or the schema does.
 */
type Item<T> = T extends ReadonlyArray<infer E> ? E : never;

// ── Enums ──
export type Radius = SchemaType<'Radius'>;
export type SegmentStatus = SchemaType<'SegmentStatus'>;
export type DemandStatus = SchemaType<'DemandStatus'>;
export type DemandKind = SchemaType<'DemandKind'>;
export type ScenarioOffering = SchemaType<'ScenarioOffering'>;
export type CollaborationForm = SchemaType<'CollaborationForm'>;
export type Role = SchemaType<'Role'>;
export type EventKind = SchemaType<'EventKind'>;
export type EventRole = SchemaType<'EventRole'>;
export type MeetingResponse = SchemaType<'MeetingResponse'>;
export type MeetingOutcome = SchemaType<'MeetingOutcome'>;

export const EVENT_KINDS: readonly EventKind[] = ['MATCHMAKING', 'SALON', 'INNOVATION_WEEK'];
export const EVENT_ROLES: readonly EventRole[] = ['BUYER', 'SUPPLIER'];
export const MEETING_OUTCOMES: readonly MeetingOutcome[] = [
  'NONE',
  'FOLLOW_UP',
  'QUOTE_REQUESTED',
  'CONTRACT_SIGNED',
  'NO_FIT',
];

// ── Analytics ──
export type ScoreFactor = ResultOf<typeof FACTORS>;
export type CompanySummary = ResultOf<typeof COMPANY_SUMMARY>;
export type Provenance = ResultOf<typeof PROVENANCE>;
export type Operation = Item<Provenance['operations']>;
export type IndustryWithKpis = Item<ResultOf<typeof INDUSTRIES_WITH_KPIS>['industries']>;
export type IndustryKpis = IndustryWithKpis['kpis'];
export type Industry = Omit<IndustryWithKpis, 'kpis'>;
export type ChainMap = ResultOf<typeof CHAIN_MAP>['chainMap'];
export type ChainSegment = ResultOf<typeof SEGMENT>;
export type KeyLink = NonNullable<ChainSegment['keyLink']>;
export type Gap = Item<ResultOf<typeof GAPS>['gaps']>;
export type SupportRate = ResultOf<typeof SUPPORT_RATE>;
export type WhatIfResult = ResultOf<typeof WHAT_IF>['whatIf'];
export type BlastRadius = ResultOf<typeof BLAST_RADIUS>['blastRadius'];
export type Technology = Item<ResultOf<typeof ROADMAP>['roadmap']>;

// ── Firms, demands, sign-in ──
export type Company = NonNullable<ResultOf<typeof COMPANY>['company']>;
export type Match = Item<ResultOf<typeof SUPPLIER_MATCHES>['supplierMatches']>;
export type Demand = ResultOf<typeof DEMAND>;
export type PostDemandInput = VariablesOf<typeof POST_DEMAND>['input'];
export type DemandMatch = Item<ResultOf<typeof DEMAND_MATCHES>['demandMatches']>;
export type User = ResultOf<typeof LOGIN>['login']['user'];
export type DemandInterestWithOutcome = ResultOf<typeof INTEREST>;
export type MatchmakingKpis = ResultOf<typeof MATCHMAKING_KPIS>['matchmakingKpis'];

// ── Review queue and data quality ──
export type ReviewQueuePage = ResultOf<typeof REVIEW_QUEUE>['reviewQueue'];
export type Attachment = Item<ReviewQueuePage['nodes']>;
export type EvidenceMatch = Item<Attachment['evidence']>;
export type DataQuality = ResultOf<typeof DATA_QUALITY>['dataQuality'];
export type SourceCount = Item<DataQuality['firmsBySource']>;
export type CompanyProvenance = NonNullable<ResultOf<typeof COMPANY_PROVENANCE>['company']>;

export type UserAccount = ResultOf<typeof ACCOUNT>;

// ── Events ──
export type EventSummary = ResultOf<typeof EVENT_SUMMARY>;
export type EventDetail = ResultOf<typeof EVENT_DETAIL>;
export type EventSlot = Item<EventDetail['slots']>;
export type Meeting = ResultOf<typeof MEETING>;
export type EventRegistration = Item<EventDetail['registrations']>;
export type CreateEventInput = SchemaType<'CreateEventInput'>;
export type EventRegistrationInput = SchemaType<'EventRegistrationInput'>;

// ── Platforms, sites, snapshots ──
export type PlatformPageData = ResultOf<typeof PLATFORM_PAGE>;
export type ServicePlatformView = Item<PlatformPageData['servicePlatforms']>;
export type PlatformMark = Item<ResultOf<typeof SEGMENT_PLATFORMS>['servicePlatforms']>;
export type SiteFit = Item<ResultOf<typeof SITES_FOR>['sitesFor']>;
export type SiteCheck = Item<SiteFit['reasons']>;
export type SnapshotSummary = Item<ResultOf<typeof SNAPSHOTS>['snapshots']>;
export type ChainDiff = NonNullable<ResultOf<typeof CHAIN_DIFF>['chainDiff']>;
export type GapChange = Item<ChainDiff['gapsClosed']>;
export type KpiDelta = Item<ChainDiff['kpis']>;
export type FirmChanges = ChainDiff['firmsArrived'];
