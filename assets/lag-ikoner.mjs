// Lager ikonene i assets/ (PNG, uten avhengigheter): `node assets/lag-ikoner.mjs`.
// Motiv: blå firkant med avrundede hjørner og tre hvite søyler (priser som vokser med størrelse).
// Apppakken (manifest.json) vil i tillegg ha et fargeikon på 192 × 192 (hel blå bakgrunn, motivet i midten) og et
// konturikon på 32 × 32 (bare hvitt på gjennomsiktig).
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

/** Fargeikonet: hel blå flate, søylene innenfor de midterste 96 × 96 (Microsofts mal for apppakken). */
function fargepiksel(x, y, n) {
  const ramme = n / 4;
  const inni = x >= ramme && x < n - ramme && y >= ramme && y < n - ramme;
  if (!inni) return [...BLA, 255];
  const [r, g, b, a] = piksel(x - ramme, y - ramme, n / 2);
  return a === 0 ? [...BLA, 255] : [r, g, b, a];
}

/** Konturikonet: hvit ramme og hvite søyler, alt annet gjennomsiktig. */
function konturpiksel(x, y, n) {
  const kant = x < 2 || y < 2 || x >= n - 2 || y >= n - 2;
  const [, , , a] = piksel(x, y, n);
  const [r] = piksel(x, y, n);
  const soyle = a === 255 && r === 255;
  return kant || soyle ? [...HVIT, 255] : [0, 0, 0, 0];
}

function png(n, tegn = piksel) {
  const rader = [];
  for (let y = 0; y < n; y++) {
    const rad = Buffer.alloc(1 + n * 4);
    for (let x = 0; x < n; x++) Buffer.from(tegn(x, y, n)).copy(rad, 1 + x * 4);
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
writeFileSync(new URL("ikon-farge-192.png", import.meta.url), png(192, fargepiksel));
writeFileSync(new URL("ikon-kontur-32.png", import.meta.url), png(32, konturpiksel));
console.log("Ikoner skrevet: ikon-16/32/64/80/128.png, ikon-farge-192.png, ikon-kontur-32.png");
