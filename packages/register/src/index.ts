/** @atlas/register: a district's enterprise register onto the chain (企业挂链); no database. */

// Register rows (the import's side: columns, addresses, size bands, validation).
export { type KnownPark, type ResolvedAddress, resolveAddress, shortName } from './address';
export { type Capital, CNY_PER_UNIT, parseCapital, parseEmployees, parseFoundedYear, parseSize } from './amounts';
export {
  ABSTAIN_BELOW,
  createClassifier,
  FIELD_WEIGHTS,
  MAX_CANDIDATES,
  type RankingClassifier,
} from './classify/classifier';
export { CONFIDENCE_WEIGHTS } from './classify/confidence';
export {
  type EvaluationResult,
  evaluate,
  evaluationMarkdown,
  fitWeights,
  type LabelledRow,
  parseCsv,
  parseLabelled,
} from './classify/evaluate';
export { formatEvidence } from './classify/evidence';
export type {
  Candidate,
  Classification,
  Classifier,
  Evidence,
  EvidenceField,
  Factor,
  RegisterText,
} from './classify/types';
export { EVIDENCE_FIELDS } from './classify/types';
export {
  findRepoRoot,
  loadVocabulary,
  readVocabulary,
  type SegmentVocabulary,
  type Vocabulary,
  VocabularyError,
} from './classify/vocabulary';
export {
  cellsByField,
  REGISTER_COLUMNS,
  REGISTER_FIELDS,
  type RegisterColumn,
  type RegisterField,
  type RegisterHeader,
  resolveRegisterHeader,
} from './columns';
export { firmIdFromUscc, type RegisterRow } from './register-row';
export { industryCodeOf, type Sector, SIZE_BANDS, sectorOf, sizeBand } from './size-band';
export {
  csvField,
  DEFAULT_REGISTER_SEED,
  REGISTER_INDEX_OFFSET,
  SYNTHETIC_REGISTER_COLUMNS,
  type SyntheticRegisterOptions,
  type SyntheticRegisterRow,
  type SyntheticSegment,
  syntheticRegister,
  syntheticRegisterCells,
  syntheticRegisterCsvLine,
} from './synthetic-register';
export {
  formatIssue,
  type RegisterBatch,
  type RegisterIssue,
  type RegisterTextRow,
  RegisterValidator,
  validateRegisterRows,
} from './validate';
