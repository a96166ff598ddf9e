import { highlightPieces } from './highlight';

/** A firm's text with the classifier's evidence terms in `<mark>`. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  let offset = 0;
  return (
    <>
      {highlightPieces(text, terms).map((piece) => {
        const key = offset;
        offset += piece.text.length;
        return piece.match ? <mark key={key}>{piece.text}</mark> : <span key={key}>{piece.text}</span>;
      })}
    </>
  );
}
