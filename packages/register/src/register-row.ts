import type { CompanySize } from '@atlas/domain';

/**
 * One firm of a register, validated and normalised: what the graph's Company gets (graph/src/load/register.ts) and
 * what the classifier reads (name, businessScope, products, industry).
 */
export interface RegisterRow {
  /** File line as Excel shows it (header = 1). */
  line: number;
  /** The id the file gave, or the stable one from the USCC (`firmIdFromUscc`); the importer may swap in the id of
   * a Company already in the graph with this USCC. */
  id: string;
  idGiven: boolean;
  uscc: string;
  name: string;
  businessScope: string | null;
  products: string | null;
  /** The 所属行业 cell as written (a code, a name, or both). */
  industry: string | null;
  /** The GB/T 4754 code in it, when there is one (C3670). */
  industryCode: string | null;
  address: string | null;
  country: string;
  province: string | null;
  city: string | null;
  district: string | null;
  park: string | null;
  addressResolved: boolean;
  founded: number | null;
  /** 万元 人民币 (converted when foreign, see amounts.ts). */
  registeredCapital: number | null;
  registeredCapitalCurrency: string | null;
  employees: number | null;
  size: CompanySize | null;
  /** Where `size` came from: the 企业规模 cell, or the national bands (size-band.ts); null when unknown. */
  sizeFrom: 'given' | 'bands' | null;
}

/**
 * A register row's id when the file gives none: `reg-` and the USCC, which is already the firm's national unique
 * key (GB 32100) — stable across imports and files without any table of ours.
 */
export function firmIdFromUscc(uscc: string): string {
  return `reg-${uscc}`;
}
