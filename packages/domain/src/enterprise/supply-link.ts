/** One SUPPLIES edge seen from one end: the firm at the other end, the segment and the annual value. */
export interface SupplyLink {
  companyId: string;
  segmentId: string;
  annualValue: number;
  source: string | null;
  confidence: number | null;
  /** When the supply relationship began, as recorded (a year or a date). */
  since: string | null;
}
