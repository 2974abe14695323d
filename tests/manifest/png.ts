import { inflateSync } from 'zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS_BY_COLOUR_TYPE: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
}

/** Reads the IHDR chunk (it must come first, right after the signature). */
export function readPngHeader(file: Buffer): PngInfo {
  if (file.length < 33 || SIGNATURE.some((byte, i) => file[i] !== byte)) throw new Error('not a PNG file');
  if (file.toString('ascii', 12, 16) !== 'IHDR') throw new Error('first PNG chunk is not IHDR');
  return {
    width: file.readUInt32BE(16),
    height: file.readUInt32BE(20),
    bitDepth: file[24],
    colourType: file[25],
  };
}

/** Inflates the image data and checks it has exactly the bytes IHDR promises (8-bit, non-interlaced). */
export function checkPngPixelData(file: Buffer): void {
  const header = readPngHeader(file);
  const idat: Buffer[] = [];
  let offset = 8;
  let sawEnd = false;
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(file.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') sawEnd = true;
    offset += 12 + length;
  }
  if (!sawEnd) throw new Error('PNG has no IEND chunk');
  const channels = CHANNELS_BY_COLOUR_TYPE[header.colourType];
  if (!channels || header.bitDepth !== 8) throw new Error('only 8-bit PNGs are expected here');
  const raw = inflateSync(Buffer.concat(idat));
  const expected = (header.width * channels + 1) * header.height;
  if (raw.length !== expected) throw new Error(`PNG pixel data has ${raw.length} bytes, expected ${expected}`);
}
