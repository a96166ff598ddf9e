import type { Company } from '../enterprise/company';
import type { InstitutionRecord } from '../reference/institution-record';
import type { KindMatch } from './demand-kind-match';

/**
 * One ranked candidate for a SCENARIO or INNOVATION demand with its record (the backing type of GraphQL
 * `DemandMatch`): a firm or an institution, never both.
 */
export interface DemandKindMatch extends KindMatch {
  /** Set when the candidate is a firm. */
  company: Company | null;
  /** Set when the candidate is an institution. */
  institution: InstitutionRecord | null;
  /** The wanted technologies this candidate holds or researches. */
  technologyIds: string[];
}
