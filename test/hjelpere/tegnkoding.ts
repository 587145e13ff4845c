/**
 * Testens egne kodere: tekst → bytes slik Excel og Notisblokk lagrer den. Uavhengige av dekoderen som testes
 * (src/core/innlesing/tekstkoding.ts): Windows-1252 fra en kodepunkttabell, UTF-16 ved å skrive kodeenhetene selv.
 */

// Windows-1252 0x80–0x9F (fra Microsofts tabell «cp1252»); 0xA0–0xFF er de samme kodepunktene som Latin-1.
const CP1252_80_9F: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

export function windows1252(tekst: string): Uint8Array {
  return Uint8Array.from([...tekst].map((tegn) => {
    const kode = tegn.codePointAt(0)!;
    if (kode < 0x80 || (kode >= 0xa0 && kode <= 0xff)) return kode;
    const byte = CP1252_80_9F[kode];
    if (byte === undefined) throw new Error(`«${tegn}» (U+${kode.toString(16)}) finnes ikke i Windows-1252`);
    return byte;
  }));
}

/** UTF-16 med BOM (FF FE for little endian, FE FF for big endian), kodeenhet for kodeenhet. */
export function utf16(tekst: string, rekkefolge: "le" | "be"): Uint8Array {
  const bytes = [0xfeff, ...Array.from({ length: tekst.length }, (_, i) => tekst.charCodeAt(i))]
    .flatMap((enhet) => (rekkefolge === "le" ? [enhet & 0xff, enhet >> 8] : [enhet >> 8, enhet & 0xff]));
  return Uint8Array.from(bytes);
}

/** UTF-8, med eller uten BOM (EF BB BF). */
export function utf8(tekst: string, medBom = false): Uint8Array {
  const bytes = new TextEncoder().encode(tekst);
  return medBom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}
