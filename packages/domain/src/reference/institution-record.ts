import type { InstitutionKind } from './institutions';

/**
 * A university, lab or institute as read models see it (the backing type of GraphQL `Institution`): the reference
 * file's entry without its technology list, which the graph holds as RESEARCHES edges.
 */
export interface InstitutionRecord {
  id: string;
  name: string;
  nameEn: string;
  kind: InstitutionKind;
  city: string;
  province: string;
  website: string | null;
}
