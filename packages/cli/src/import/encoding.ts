import { createReadStream } from 'node:fs';
import { ImportFileError } from './errors';

export type CsvEncoding = 'utf-8' | 'gb18030';

/**
 * Decides how a CSV is encoded: UTF-8 (with or without BOM) when every byte decodes as UTF-8, otherwise GB18030,
 * the superset of GBK that Chinese Excel writes with "CSV (逗号分隔)". The whole file is scanned, streaming, because
 * a GBK file can be pure ASCII for its first thousand lines.
 */
export async function detectEncoding(path: string): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path)) {
      const bytes = chunk as Buffer;
      if (first && isUtf16Bom(bytes))
        throw new ImportFileError(
          `${path}: UTF-16 text ("Unicode text") is not supported; save as "CSV UTF-8" or plain CSV`,
        );
      first = false;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'gb18030';
    throw error;
  }
}

const isUtf16Bom = (bytes: Buffer) =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
