/** Who a firm's failure reaches downstream along SUPPLIES, and the value at stake (GraphQL `BlastRadius`). */
export interface BlastRadius {
  companyId: string;
  hops: number;
  /** The firms reached, each with the fewest hops it takes. */
  reached: Array<{ companyId: string; hops: number }>;
  valueAtStake: number;
  directValue: number;
}
