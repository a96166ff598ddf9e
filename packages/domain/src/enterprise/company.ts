import type { CompanySize } from './rows';

/** A company as read models see it (the backing type of GraphQL `Company`). */
export interface Company {
  id: string;
  uscc: string;
  name: string;
  nameEn: string | null;
  size: CompanySize;
  chainLeader: boolean;
  country: string;
  province: string;
  city: string | null;
  district: string | null;
  park: string | null;
  lat: number | null;
  lon: number | null;
  employees: number | null;
  creditScore: number | null;
  synthetic: boolean;
}
