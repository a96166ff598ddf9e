/** An industry as read models see it (the backing type of GraphQL `Industry`'s record). */
export interface IndustryRecord {
  id: string;
  name: string;
  nameEn: string;
}

/** A roadmap technology as read models see it (the backing type of GraphQL `Technology`). */
export interface TechnologyRecord {
  id: string;
  name: string;
  nameEn: string;
  trl: number;
  horizon: number;
  stage: string;
  /** The segments it enables. */
  segmentIds: string[];
  /** The technologies it leads to (PRECEDES). */
  precedes: string[];
}
