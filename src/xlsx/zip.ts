import { createInflateRaw } from 'zlib';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared; the scan never trusts it beyond its own byte cap. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The bytes are not a readable zip; `detail` is the technical reason (English is fine there). */
export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_ENTRIES = 10_000;

function findEndOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw new ZipFormatError('end of central directory not found');
}

function readBigSize(data: Buffer, offset: number): number {
  const value = data.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 size too large');
  return Number(value);
}

/** The central directory's entries (zip and zip64), checked against the file's length. */
export function readZipEntries(data: Buffer): ZipEntry[] {
  if (data.length < 22) throw new ZipFormatError('file too short for a zip');
  const eocd = findEndOfCentralDirectory(data);
  let count = data.readUInt16LE(eocd + 10);
  let cdSize = data.readUInt32LE(eocd + 12);
  let cdOffset = data.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) && eocd >= 20 && data.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const record = readBigSize(data, eocd - 20 + 8);
    if (record + 56 > data.length || data.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError('bad zip64 end record');
    count = readBigSize(data, record + 32);
    cdSize = readBigSize(data, record + 40);
    cdOffset = readBigSize(data, record + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipFormatError(`too many entries (${count})`);
  if (cdOffset + cdSize > data.length) throw new ZipFormatError('central directory beyond end of file');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipFormatError(`bad central directory entry ${i}`);
    const method = data.readUInt16LE(p + 10);
    let compressedSize = data.readUInt32LE(p + 20);
    let uncompressedSize = data.readUInt32LE(p + 24);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    let localHeaderOffset = data.readUInt32LE(p + 42);
    if (p + 46 + nameLength + extraLength > data.length) throw new ZipFormatError(`truncated central directory entry ${i}`);
    const name = data.toString('utf8', p + 46, p + 46 + nameLength);
    // zip64 extra field: the 8-byte values that the 4-byte fields mark 0xffffffff, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = data.readUInt16LE(e);
      const size = data.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const end = e + 4 + size;
        const next = (): number => {
          if (q + 8 > end) throw new ZipFormatError(`short zip64 field for ${name}`);
          q += 8;
          return readBigSize(data, q - 8);
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + size;
    }
    if (localHeaderOffset + 30 > data.length) throw new ZipFormatError(`entry ${name} starts beyond end of file`);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes (a view into `data`, not a copy). */
function compressedBytes(data: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (data.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ZipFormatError(`entry ${entry.name} runs beyond end of file`);
  return data.subarray(start, end);
}

/** Thrown by a chunk visitor to stop reading an entry early (a limit was passed). */
export class StopScan extends Error {}

/**
 * Inflates an entry chunk by chunk (never holding it whole) and hands each chunk to `visit`;
 * reading stops with `tooLarge` once more than `maxBytes` came out, whatever the header said.
 */
export function scanZipEntry(data: Buffer, entry: ZipEntry, maxBytes: number, visit: (chunk: Buffer) => void, tooLarge: () => Error): Promise<number> {
  const bytes = compressedBytes(data, entry);
  return new Promise((resolve, reject) => {
    let total = 0;
    let done = false;
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      if (error) reject(error);
      else resolve(total);
    };
    const take = (chunk: Buffer): boolean => {
      total += chunk.length;
      if (total > maxBytes) {
        finish(tooLarge());
        return false;
      }
      try {
        visit(chunk);
      } catch (e) {
        finish(e as Error);
        return false;
      }
      return true;
    };
    if (entry.method === 0) {
      for (let i = 0; i < bytes.length && !done; i += 1 << 20) take(bytes.subarray(i, Math.min(bytes.length, i + (1 << 20))));
      finish();
      return;
    }
    if (entry.method !== 8) {
      finish(new ZipFormatError(`unsupported compression method ${entry.method} for ${entry.name}`));
      return;
    }
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      if (!take(chunk)) inflate.destroy();
    });
    inflate.on('error', (e) => finish(new ZipFormatError(`${entry.name}: ${e.message}`)));
    inflate.on('end', () => finish());
    inflate.on('close', () => finish());
    inflate.end(bytes);
  });
}
