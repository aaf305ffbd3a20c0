// Draws the tab bar icons (81×81 PNG, the size WeChat recommends) from a few strokes, so no image is downloaded.
// Run once after changing a shape: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 81;
const STROKE = 5;
const COLORS = { normal: [0x4e, 0x59, 0x69], active: [0x1a, 0x56, 0xb4] };

// Each shape: polylines [[x, y], ...] and rings { c: [x, y], r, maxY? } (maxY clips the ring to its upper part).
const ICONS = {
  home: {
    lines: [
      [
        [13, 40],
        [40.5, 15],
        [68, 40],
      ],
      [
        [22, 36],
        [22, 66],
        [59, 66],
        [59, 36],
      ],
      [
        [35, 66],
        [35, 50],
        [46, 50],
        [46, 66],
      ],
    ],
    rings: [],
  },
  benefits: {
    lines: [
      [
        [40.5, 27],
        [40.5, 54],
      ],
      [
        [27, 40.5],
        [54, 40.5],
      ],
    ],
    rings: [{ c: [40.5, 40.5], r: 27 }],
  },
  me: {
    lines: [],
    rings: [
      { c: [40.5, 27], r: 12 },
      { c: [40.5, 72], r: 24, maxY: 72 },
    ],
  },
  policy: {
    lines: [
      [
        [20, 12],
        [61, 12],
        [61, 69],
        [20, 69],
        [20, 12],
      ],
      [
        [29, 28],
        [52, 28],
      ],
      [
        [29, 40],
        [52, 40],
      ],
      [
        [29, 52],
        [44, 52],
      ],
    ],
    rings: [],
  },
};

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distance(icon, px, py) {
  let d = Number.POSITIVE_INFINITY;
  for (const line of icon.lines) for (let i = 1; i < line.length; i++) d = Math.min(d, segmentDistance(px, py, line[i - 1], line[i]));
  for (const { c, r, maxY } of icon.rings) {
    if (maxY !== undefined && py > maxY) continue;
    d = Math.min(d, Math.abs(Math.hypot(px - c[0], py - c[1]) - r));
  }
  return d;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(icon, [r, g, b]) {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      const coverage = Math.max(0, Math.min(1, STROKE / 2 + 0.5 - distance(icon, x + 0.5, y + 0.5)));
      raw.set([r, g, b, Math.round(coverage * 255)], row + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = new URL('../src/assets/tab/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [name, icon] of Object.entries(ICONS)) {
  for (const [state, color] of Object.entries(COLORS)) {
    const file = new URL(`${name}${state === 'active' ? '-active' : ''}.png`, outDir);
    writeFileSync(file, png(icon, color));
  }
}
console.log('tab icons written to src/assets/tab/');
