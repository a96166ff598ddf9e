import { type RegisterHeader, resolveRegisterHeader } from '@atlas/register';

/** The register fields classification reads; the register's other columns (统一社会信用代码, 注册地址…) are ignored. */
export const TEXT_FIELDS = ['businessScope', 'products', 'industry'] as const;

/**
 * The header of a file for `atlas classify`: the register import's own column names (Chinese or English, any order),
 * with only 企业名称 required, and at least one column to classify from.
 */
export function resolveClassifyHeader(
  cells: readonly string[],
): { ok: true; value: RegisterHeader } | { ok: false; error: string } {
  const header = resolveRegisterHeader(cells, ['name']);
  if (header.ok && TEXT_FIELDS.every((field) => header.value.labels[field] === undefined))
    return {
      ok: false,
      error: 'none of 经营范围 (businessScope), 主营产品 (products), 所属行业 (industry): nothing to classify from',
    };
  return header;
}
