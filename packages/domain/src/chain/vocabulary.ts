import { z } from 'zod';

/**
 * The 企业挂链 vocabulary of one industry, `data/industries/<id>/vocabulary.yaml` (FORMAT.md, last section): the
 * words a district's register uses for what each leaf segment makes or does.
 */
/** Chinese terms are phrases of 2–24 characters; terms without Chinese (English names, LFP) may be longer words. */
export const TERM_LENGTH = { min: 2, max: 24, maxLatin: 40 } as const;

/** Minimum number of keywords per segment: one keyword alone is too easy to miss or to over-trust. */
export const MIN_KEYWORDS = 2;

/**
 * Words every manufacturer writes: as a keyword alone they attach half the register to a segment. Refused as
 * keywords and synonyms (a phrase that contains one, like 正极材料, is fine).
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  '生产',
  '销售',
  '制造',
  '加工',
  '研发',
  '开发',
  '技术开发',
  '技术服务',
  '技术咨询',
  '技术转让',
  '技术推广',
  '设备',
  '材料',
  '零部件',
  '配件',
  '产品',
  '服务',
  '贸易',
  '进出口',
  '批发',
  '零售',
  '咨询',
  '工程',
  '系统',
  '软件',
  '科技',
  '新材料',
  '机械',
  '电子',
  '智能',
]);

const gbCode = z.string().regex(/^[A-T]\d{4}$/, 'a GB/T 4754 class code like C3670');
const term = z
  .string()
  .trim()
  .min(TERM_LENGTH.min, `a term of at least ${TERM_LENGTH.min} characters`)
  .refine((t) => t.length <= (/\p{Script=Han}/u.test(t) ? TERM_LENGTH.max : TERM_LENGTH.maxLatin), {
    message: `a term of at most ${TERM_LENGTH.max} characters (${TERM_LENGTH.maxLatin} without Chinese characters)`,
  });

export const vocabularyEntrySchema = z.strictObject({
  keywords: z.array(term).min(MIN_KEYWORDS, `at least ${MIN_KEYWORDS} keywords`),
  synonyms: z.array(term).default([]),
  negative: z.array(term).default([]),
  gbCodes: z.array(gbCode).default([]),
});

export const vocabularyFileSchema = z.strictObject({
  segments: z.record(
    z.string().regex(/^[a-z]+\.[a-z0-9.-]+$/, 'a segment id like "icv.cathode"'),
    vocabularyEntrySchema,
  ),
});

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;

/**
 * What a schema cannot check: every leaf has an entry and no other id does, generic words, duplicates within an
 * entry, a negative word that is also one of the entry's own keywords. Returns readable problems (empty = sound).
 */
export function checkVocabulary(file: VocabularyFile, leaves: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const id of leaves) if (!file.segments[id]) problems.push(`${id}: leaf segment has no vocabulary entry`);
  for (const [id, entry] of Object.entries(file.segments)) {
    if (!leaves.has(id)) problems.push(`${id}: not a leaf segment of this industry`);
    const positive = [...entry.keywords, ...entry.synonyms];
    for (const word of positive)
      if (GENERIC_TERMS.has(word)) problems.push(`${id}: "${word}" is too generic to be evidence alone`);
    for (const word of repeated([...positive, ...entry.negative]))
      problems.push(`${id}: "${word}" is listed more than once`);
    for (const code of repeated(entry.gbCodes)) problems.push(`${id}: gbCode ${code} is listed more than once`);
  }
  return problems;
}

function repeated(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (seen.has(key)) twice.add(value);
    seen.add(key);
  }
  return [...twice];
}
