#!/usr/bin/env node
// Generates the add-in icons (assets/icon-16.png … icon-80.png) with plain Node:
// a blue rounded square with a white table grid. Re-run after changing the glyph:
//   node scripts/make-icons.js
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 8;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG file. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The white table: outer frame, a solid header row, two row lines, two column lines. */
function insideGrid(x, y, size) {
  const left = 0.2;
  const right = 0.8;
  const top = 0.22;
  const bottom = 0.78;
  // At least one pixel wide so the grid survives at 16 px.
  const stroke = Math.max(1 / size, 0.055);
  if (x < left || x > right || y < top || y > bottom) return false;
  const header = top + (bottom - top) * 0.24;
  if (y <= header) return true;
  const near = (value, line) => Math.abs(value - line) <= stroke / 2;
  const onFrame = x - left <= stroke || right - x <= stroke || bottom - y <= stroke;
  const rowLines = [header + (bottom - header) / 2];
  const columnLines = [left + (right - left) * 0.36, left + (right - left) * 0.68];
  if (size >= 32) rowLines.push(header + (bottom - header) / 4, header + ((bottom - header) * 3) / 4);
  return onFrame || rowLines.some((line) => near(y, line)) || columnLines.some((line) => near(x, line));
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const radius = 0.18;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y, radius)) continue;
          covered++;
          if (insideGrid(x, y, size)) white++;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue; // transparent corner
      const whiteShare = white / covered;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(BLUE[c] * (1 - whiteShare) + WHITE[c] * whiteShare);
      }
      rgba[offset + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return encodePng(size, size, rgba);
}

function main() {
  const outDir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32, drawIcon, SIZES };
