/** A text cut into plain and matched pieces, for `<mark>`ing the classifier's evidence terms in a firm's texts. */
export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Splits `text` at every occurrence of any term; where terms overlap, the longer one at the earliest position wins
 * (so "锂电池" is marked whole even when "电池" is a term too). Empty terms are ignored.
 */
export function highlightPieces(text: string, terms: readonly string[]): Piece[] {
  const wanted = [...new Set(terms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const term = wanted.find((w) => text.startsWith(w, i));
    if (term) {
      if (plain) pieces.push({ text: plain, match: false });
      plain = '';
      pieces.push({ text: term, match: true });
      i += term.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) pieces.push({ text: plain, match: false });
  return pieces;
}
