import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * One CSV file in the format of `neo4j-admin database import`: a typed header line (`name:double`, `:ID(Company)`),
 * then rows. Strings are always quoted (RFC 4180, quotes doubled), so an unquoted empty field means "no property" —
 * as a null does for the Cypher loader's `SET`. Rows are buffered and written per batch, honouring back-pressure.
 */
export class AdminCsv<Row> {
  readonly #stream: WriteStream;
  readonly #columns: ReadonlyArray<Column<Row>>;
  #buffer: string[] = [];
  rows = 0;
  /** A value held a line break: the import must then be told to parse multi-line fields. */
  multiline = false;

  constructor(
    readonly path: string,
    columns: ReadonlyArray<Column<Row>>,
  ) {
    this.#columns = columns;
    this.#stream = createWriteStream(path, { encoding: 'utf8' });
    this.#buffer.push(columns.map((c) => c.header).join(','));
  }

  add(row: Row): void {
    const fields = this.#columns.map((column) => this.#field(column.value(row)));
    this.#buffer.push(fields.join(','));
    this.rows++;
  }

  /** Writes what was added since the last flush; waits when the disk is slower than the generator. */
  async flush(): Promise<void> {
    if (this.#buffer.length === 0) return;
    const chunk = `${this.#buffer.join('\n')}\n`;
    this.#buffer = [];
    if (!this.#stream.write(chunk)) await once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.#stream.end();
    await once(this.#stream, 'finish');
  }

  #field(value: FieldValue): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new RangeError(`${this.path}: ${value} cannot be stored`);
      return String(value);
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'string') return this.#quote(value);
    // neo4j-admin reads an empty list as no property, where the Cypher writers store []: fail rather than differ.
    if (value.length === 0)
      throw new RangeError(`${this.path}: an empty list cannot be imported (line ${this.rows + 2})`);
    const clash = value.find((item) => item.includes(ARRAY_DELIMITER));
    if (clash !== undefined) throw new RangeError(`${this.path}: "${clash}" holds the array delimiter U+001F`);
    return this.#quote(value.join(ARRAY_DELIMITER));
  }

  #quote(text: string): string {
    if (text.includes('\n') || text.includes('\r')) this.multiline = true;
    return `"${text.replaceAll('"', '""')}"`;
  }
}

export type FieldValue = string | number | boolean | readonly string[] | null | undefined;

export interface Column<Row> {
  /** As neo4j-admin reads it: `property:type`, `id:ID(Group)`, `:START_ID(Group)`, `:END_ID(Group)`. */
  header: string;
  value(row: Row): FieldValue;
}

/** The unit separator: no text a user types holds it, so list items (product names, certificates) stay whole. */
export const ARRAY_DELIMITER = '\u001f';
