import { execFileSync } from 'node:child_process';

/**
 * The text of a built report, for tests: the PDF through Debian's `pdftotext`, the DOCX through python-docx on
 * Debian's python (the pyenv one on PATH lacks it) — paragraphs, then table cells, one per line.
 */
export const pdfText = (file: string, options: { layout?: boolean } = {}) =>
  execFileSync('/usr/bin/pdftotext', [...(options.layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });

export const docxText = (file: string) =>
  execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      `import docx, sys
d = docx.Document(sys.argv[1])
print("\\n".join(p.text for p in d.paragraphs))
print("\\n".join(c.text for t in d.tables for r in t.rows for c in r.cells))`,
      file,
    ],
    { encoding: 'utf8' },
  );
