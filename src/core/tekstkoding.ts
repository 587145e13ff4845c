/**
 * Bytes from a file → text, for the encodings Excel writes a CSV file in: UTF-8 with or without BOM
 * («CSV UTF-8»), UTF-16 with BOM («Unicode-tekst») and Windows-1252 («CSV (semikolon-separert)» on
 * Norwegian Windows). Order: a BOM decides; otherwise strict UTF-8; if the bytes are not valid UTF-8,
 * Windows-1252 (every byte sequence can be read so, and æ/ø/å come out right).
 */
export type Tekstkoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface Dekodet {
  tekst: string;
  koding: Tekstkoding;
  /** Whether the bytes started with a byte order mark (not part of the text). */
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

// Windows-1252 0x80–0x9F (WHATWG Encoding Standard, index-windows-1252); the five unassigned bytes stay
// U+0081, U+008D, U+008F, U+0090 and U+009D as there. Every other byte is the code point of the same number.
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Windows-1252 decoded here, not by TextDecoder: Node 20's TextDecoder("windows-1252") reads 0x80–0x9F as
 * Latin-1 (0x80 → U+0080 instead of €, 0x96 → U+0096 instead of «–»).
 */
function windows1252(bytes: Uint8Array): string {
  let tekst = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const del = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b));
    tekst += String.fromCharCode(...del);
  }
  return tekst;
}
