import { CODE_LABELS, type LabelLang } from '@atlas/domain';

/** Upper-cases the first letter of each label (Chinese has none, so its words pass through). */
function capitalised<K extends string>(labels: Readonly<Record<K, string>>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([code, word]) => [code, word.charAt(0).toUpperCase() + word.slice(1)]),
  ) as Record<K, string>;
}

/**
 * The report's words for outcome steps and segment statuses, taken from the domain's CODE_LABELS so the report says
 * what the XLSX exports say. Here they stand alone in table cells and the map legend, so English starts capitalised.
 */
export function codeWords(lang: LabelLang) {
  const labels = CODE_LABELS[lang];
  return { steps: capitalised(labels.outcomeStep), statuses: capitalised(labels.segmentStatus) };
}
