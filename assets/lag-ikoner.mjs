// Lager ikonene i assets/ (PNG, uten avhengigheter): `node assets/lag-ikoner.mjs`.
// Motiv: blå firkant med avrundede hjørner og tre hvite søyler (priser som vokser med størrelse).
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const BLA = [0, 84, 147];
const HVIT = [255, 255, 255];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function piksel(x, y, n) {
  const r = n * 0.18;
  const innenfor = (px, py) => {
    const dx = Math.max(r - px, 0, px - (n - 1 - r));
    const dy = Math.max(r - py, 0, py - (n - 1 - r));
    return dx * dx + dy * dy <= r * r;
  };
  if (!innenfor(x, y)) return [0, 0, 0, 0];
  const sokler = [[0.2, 0.62], [0.42, 0.45], [0.64, 0.25]];
  const bredde = 0.16;
  for (const [fra, topp] of sokler) {
    if (x >= fra * n && x < (fra + bredde) * n && y >= topp * n && y < 0.8 * n) return [...HVIT, 255];
  }
  return [...BLA, 255];
}

function png(n) {
  const rader = [];
  for (let y = 0; y < n; y++) {
    const rad = Buffer.alloc(1 + n * 4);
    for (let x = 0; x < n; x++) Buffer.from(piksel(x, y, n)).copy(rad, 1 + x * 4);
    rader.push(rad);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rader))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const n of [16, 32, 64, 80, 128]) {
  writeFileSync(new URL(`ikon-${n}.png`, import.meta.url), png(n));
}
console.log("Ikoner skrevet: ikon-16/32/64/80/128.png");
