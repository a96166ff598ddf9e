import { type Refusal, refusal } from '../refusals';

/** Roles of docs/design.md §5 and who may do what; pure, so the rules are tested without a server. */
export const ROLES = ['ADMIN', 'PROMOTION_OFFICER', 'CHAIN_LEADER', 'SME', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  id: string;
  username: string;
  role: Role;
  companyId: string | null;
}

/** `reason` is the English sentence; `refusal`, when set, its machine reason for the web (refusals.ts). */
export type Decision = { allowed: true } | { allowed: false; reason: string; refusal?: Refusal };
const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });
/** A denial the web can word in the reader's language. */
export const denied = (why: Refusal): Decision => ({ allowed: false, reason: why.message, refusal: why });

/** A chain leader posts demand for its own company only; an admin for anyone. */
export function mayPostDemand(user: Principal, posterCompanyId: string): Decision {
  if (user.role === 'ADMIN') return allow;
  if (user.role !== 'CHAIN_LEADER')
    return denied(refusal('ONLY_LEADERS_POST_DEMAND', 'only chain leaders post demand'));
  return user.companyId === posterCompanyId
    ? allow
    : denied(refusal('LEADER_POSTS_OWN_DEMAND', 'a chain leader posts demand for its own company only'));
}

/** Only the poster (its company's users) changes a demand's status; an admin may too. */
export function mayUpdateDemandStatus(user: Principal, posterCompanyId: string): Decision {
  if (user.role === 'ADMIN') return allow;
  return user.companyId !== null && user.companyId === posterCompanyId
    ? allow
    : denied(refusal('ONLY_POSTER_CHANGES_DEMAND', "only the demand's poster changes its status"));
}

const POSTER_OWN_DEMAND = refusal('POSTER_CANNOT_ANSWER_OWN_DEMAND', 'a poster cannot answer its own demand');

/** A firm expresses interest only as itself, and not in its own demand. */
export function mayExpressInterest(user: Principal, companyId: string, posterCompanyId: string): Decision {
  if (user.role === 'ADMIN') return companyId === posterCompanyId ? denied(POSTER_OWN_DEMAND) : allow;
  if (user.role !== 'SME' && user.role !== 'CHAIN_LEADER')
    return denied(refusal('ONLY_FIRMS_EXPRESS_INTEREST', 'only firms express interest'));
  if (user.companyId !== companyId)
    return denied(refusal('FIRM_INTEREST_AS_ITSELF', 'a firm expresses interest only as itself'));
  return companyId === posterCompanyId ? denied(POSTER_OWN_DEMAND) : allow;
}

/** Admins and promotion officers maintain any firm; a firm maintains its own record. */
export function mayUpsertCompany(user: Principal, companyId: string): Decision {
  if (user.role === 'ADMIN' || user.role === 'PROMOTION_OFFICER') return allow;
  if ((user.role === 'SME' || user.role === 'CHAIN_LEADER') && user.companyId === companyId) return allow;
  return deny('a firm may only edit its own record');
}

/** What a firm may change about itself; credit, location, size, USCC and the chain-leader flag drive the analytics. */
export const FIRM_EDITABLE_FIELDS: readonly string[] = ['name', 'nameEn', 'city', 'park', 'employees', 'founded'];

/** Admins and promotion officers may change any field; a firm only its descriptive ones. */
export function mayEditCompanyFields(user: Principal, changed: readonly string[]): Decision {
  if (user.role === 'ADMIN' || user.role === 'PROMOTION_OFFICER') return allow;
  const locked = changed.filter((field) => !FIRM_EDITABLE_FIELDS.includes(field));
  return locked.length ? deny(`only the promotion office changes ${locked.join(', ')}`) : allow;
}

/** Reviewing classified attachments (accept, reject, move) decides what the analytics count: the promotion office's job. */
export function mayReviewAttachments(user: Principal): Decision {
  return user.role === 'ADMIN' || user.role === 'PROMOTION_OFFICER'
    ? allow
    : deny('only promotion officers and admins review attachments');
}
