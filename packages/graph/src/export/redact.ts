import { mayReadFigure, type Principal } from '@atlas/domain';
import type { ChainExport } from './chain-export';

/**
 * The export as `viewer` may see it (SECURITY.md "Read matrix"): every link and firm stays, but a supply value
 * only for its supplier, its buyer and the district-wide roles, and a credit score only for the firm itself and
 * those roles; the rest become blank cells (null).
 */
export function redactExport(data: ChainExport, viewer: Principal | null): ChainExport {
  return {
    ...data,
    firms: data.firms.map((f) => (mayReadFigure(viewer, [f.id]).allowed ? f : { ...f, creditScore: null })),
    supplies: data.supplies.map((s) =>
      mayReadFigure(viewer, [s.supplierId, s.buyerId]).allowed ? s : { ...s, annualValue: null },
    ),
  };
}

/**
 * Which redaction a viewer gets: one per firm, one for everyone who reads every figure, one for the rest. Exports
 * are cached per audience, not per user.
 */
export function exportAudience(viewer: Principal | null): string {
  if (mayReadFigure(viewer, []).allowed) return 'all';
  return viewer?.companyId ? `firm:${viewer.companyId}` : 'none';
}
