import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import { ImportFileError } from './errors';

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Checks that every entry of a ZIP (an .xlsx is one) inflates to its recorded size and CRC-32, streaming, before
 * ExcelJS's streaming reader sees the file: that reader loses the inflate error of a damaged entry and then waits
 * forever, so a corrupted workbook would hang the import instead of failing it.
 */
export async function assertIntactZip(path: string): Promise<void> {
  const unreadable = (why: string) => new ImportFileError(`${path}: not a readable .xlsx workbook (${why})`);
  const entries = await centralDirectory(path).catch(() => undefined);
  if (!entries) throw unreadable('no ZIP directory: the file is damaged or not an .xlsx');
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) throw unreadable(`${entry.name}: unsupported compression`);
    const ok = await entryIsIntact(path, entry).catch(() => false);
    if (!ok) throw unreadable(`${entry.name} is damaged`);
  }
}

async function centralDirectory(path: string): Promise<Entry[] | undefined> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailSize = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailSize);
    await file.read(tail, 0, tailSize, size - tailSize);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tailSize) return undefined;
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    // ZIP64 (files over 4 GB): leave those to the reader.
    if (cdOffset === 0xffffffff || count === 0xffff) return [];
    if (cdOffset + cdSize > size) return undefined;
    const cd = Buffer.alloc(cdSize);
    await file.read(cd, 0, cdSize, cdOffset);
    const entries: Entry[] = [];
    for (let at = 0, i = 0; i < count; i++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) return undefined;
      const nameLength = cd.readUInt16LE(at + 28);
      const entry = {
        name: cd.toString('utf8', at + 46, at + 46 + nameLength),
        method: cd.readUInt16LE(at + 10),
        crc: cd.readUInt32LE(at + 16),
        compressedSize: cd.readUInt32LE(at + 20),
        size: cd.readUInt32LE(at + 24),
        localOffset: cd.readUInt32LE(at + 42),
      };
      if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff) return [];
      const local = Buffer.alloc(30);
      await file.read(local, 0, 30, entry.localOffset);
      if (local.readUInt32LE(0) !== 0x04034b50) return undefined;
      entries.push({ ...entry, localOffset: entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28) });
      at += 46 + nameLength + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    return entries;
  } finally {
    await file.close();
  }
}

async function entryIsIntact(path: string, entry: Entry): Promise<boolean> {
  if (entry.compressedSize === 0) return entry.size === 0;
  const raw = createReadStream(path, { start: entry.localOffset, end: entry.localOffset + entry.compressedSize - 1 });
  const data = entry.method === 8 ? raw.pipe(zlib.createInflateRaw()) : raw;
  raw.on('error', (error) => data.destroy(error));
  let crc = 0;
  let size = 0;
  for await (const chunk of data as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > entry.size) return false;
    crc = crc32(chunk, crc);
  }
  return size === entry.size && crc === entry.crc;
}

// zlib.crc32 arrived in Node 20.15; the table is the fallback for older 20.x.
const nativeCrc32 = (zlib as { crc32?: (data: Buffer, value: number) => number }).crc32;
function crc32(chunk: Buffer, previous: number): number {
  if (nativeCrc32) return nativeCrc32(chunk, previous);
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (const byte of chunk) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
