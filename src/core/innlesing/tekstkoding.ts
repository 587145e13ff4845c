/**
 * Bytes fra en fil → tekst, for tegnkodingene Excel skriver en CSV-fil i: UTF-8 med eller uten BOM
 * («CSV UTF-8»), UTF-16 med BOM («Unicode-tekst») og Windows-1252 («CSV (semikolon-separert)» på
 * norsk Windows). Rekkefølge: en BOM avgjør; ellers streng UTF-8; er ikke bytene gyldig UTF-8,
 * Windows-1252 (hver bytesekvens kan leses slik, og æ/ø/å blir riktige).
 */
export type Tekstkoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface Dekodet {
  tekst: string;
  koding: Tekstkoding;
  /** Om bytene begynte med et byterekkefølgemerke (BOM, ikke en del av teksten). */
  bom: boolean;
}

const BOMER: readonly { bytes: readonly number[]; koding: Tekstkoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], koding: "utf-8" },
  { bytes: [0xff, 0xfe], koding: "utf-16le" },
  { bytes: [0xfe, 0xff], koding: "utf-16be" },
];

export function dekodTekst(bytes: Uint8Array): Dekodet {
  for (const { bytes: bom, koding } of BOMER) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { tekst: new TextDecoder(koding).decode(bytes.subarray(bom.length)), koding, bom: true };
    }
  }
  try {
    return { tekst: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), koding: "utf-8", bom: false };
  } catch {
    return { tekst: windows1252(bytes), koding: "windows-1252", bom: false };
  }
}

// Windows-1252 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252); de fem bytene uten tegn forblir
// U+0081, U+008D, U+008F, U+0090 og U+009D som der. Hver annen byte er kodepunktet med samme nummer.
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Windows-1252 dekodes her, ikke av TextDecoder: TextDecoder("windows-1252") i Node 20 leser 0x80–0x9F som
 * Latin-1 (0x80 → U+0080 i stedet for €, 0x96 → U+0096 i stedet for «–»).
 */
function windows1252(bytes: Uint8Array): string {
  let tekst = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const del = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b));
    tekst += String.fromCharCode(...del);
  }
  return tekst;
}
