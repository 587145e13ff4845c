/** En liten PNG-leser for testene (8 bit RGBA, alle fem radfiltrene): størrelsen og pikslene i et ikon. */
import { inflateSync } from "node:zlib";

export interface Bilde {
  bredde: number;
  hoyde: number;
  /** RGBA, rad for rad. */
  piksler: Uint8Array;
}

const SIGNATUR = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function lesPng(fil: Buffer): Bilde {
  if (!fil.subarray(0, 8).equals(SIGNATUR)) throw new Error("Ikke en PNG-fil.");
  let pos = 8;
  let bredde = 0;
  let hoyde = 0;
  const data: Buffer[] = [];
  while (pos < fil.length) {
    const lengde = fil.readUInt32BE(pos);
    const type = fil.toString("ascii", pos + 4, pos + 8);
    const innhold = fil.subarray(pos + 8, pos + 8 + lengde);
    if (type === "IHDR") {
      [bredde, hoyde] = [innhold.readUInt32BE(0), innhold.readUInt32BE(4)];
      if (innhold[8] !== 8 || innhold[9] !== 6 || innhold[12] !== 0) throw new Error("Testleseren kan bare 8 bit RGBA uten interlace.");
    }
    if (type === "IDAT") data.push(innhold);
    pos += 12 + lengde;
  }
  const radata = inflateSync(Buffer.concat(data));
  const rad = bredde * 4;
  const piksler = new Uint8Array(rad * hoyde);
  for (let y = 0; y < hoyde; y++) {
    const filter = radata[y * (rad + 1)];
    for (let x = 0; x < rad; x++) {
      const raa = radata[y * (rad + 1) + 1 + x];
      const a = x >= 4 ? piksler[y * rad + x - 4] : 0;
      const b = y > 0 ? piksler[(y - 1) * rad + x] : 0;
      const c = x >= 4 && y > 0 ? piksler[(y - 1) * rad + x - 4] : 0;
      const forslag = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (forslag === undefined) throw new Error(`Ukjent PNG-filter ${filter}.`);
      piksler[y * rad + x] = (raa + forslag) & 0xff;
    }
  }
  return { bredde, hoyde, piksler };
}
