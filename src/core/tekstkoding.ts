/**
 * Bytes from a file → text, for the encodings Excel writes a CSV file in: UTF-8 with or without BOM
 * («CSV UTF-8»), UTF-16 with BOM («Unicode-tekst») and Windows-1252 («CSV (semikolon-separert)» on
 * Norwegian Windows). Order: a BOM decides; otherwise strict UTF-8; if the bytes are not valid UTF-8,
 * Windows-1252 (every byte sequence is valid there, and æ/ø/å come out right).
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
    return { tekst: new TextDecoder("windows-1252").decode(bytes), koding: "windows-1252", bom: false };
  }
}
