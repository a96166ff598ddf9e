import { z } from 'zod';

/**
 * Universities, key laboratories and new R&D institutes (新型研发机构) that innovation and scenario demands match
 * (data/reference/institutions.yaml, a reviewed hand-written set). Each names the roadmap technologies it works on.
 */
export const INSTITUTION_KINDS = ['UNIVERSITY', 'LAB', 'INSTITUTE'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const institutionSchema = z.strictObject({
  id: z.string().regex(/^inst\.[a-z0-9-]+$/, 'ids look like inst.<lowercase-name>'),
  name: text(80),
  nameEn: text(160),
  kind: z.enum(INSTITUTION_KINDS),
  city: text(20),
  province: text(20),
  /** The institution's public site, where its research directions are listed. */
  website: z.url().optional(),
  technologies: z.array(text(80)).min(1, 'name at least one roadmap technology'),
});

export const institutionsFileSchema = z.strictObject({ institutions: z.array(institutionSchema).min(1) });

export type Institution = z.output<typeof institutionSchema>;

/** Problems beyond the schema: duplicate ids and technology ids that no roadmap defines. */
export function institutionProblems(
  institutions: readonly Institution[],
  technologyIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, institution] of institutions.entries()) {
    if (seen.has(institution.id)) problems.push(`institutions.${index}.id: duplicate id ${institution.id}`);
    seen.add(institution.id);
    for (const t of institution.technologies)
      if (!technologyIds.has(t)) problems.push(`institutions.${index}.technologies: unknown technology ${t}`);
  }
  return problems;
}
