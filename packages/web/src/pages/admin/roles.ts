import type { Role } from '../../api/types';

export const ROLE_OPTIONS: readonly Role[] = ['ADMIN', 'PROMOTION_OFFICER', 'CHAIN_LEADER', 'SME', 'ANALYST'];

/** Firms act through CHAIN_LEADER and SME accounts, which name their company. */
export const needsCompany = (role: Role) => role === 'CHAIN_LEADER' || role === 'SME';
