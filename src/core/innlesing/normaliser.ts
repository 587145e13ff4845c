/**
 * Søkenøkkel for navn som folk skriver: store/små bokstaver, aksenter og tegnsetting er likegyldige.
 * æ/ø/å gjøres om til ae/o/a så "Bodo" finner "Bodø"; samiske bokstaver mister de diakritiske tegnene.
 */
export function sokenokkel(tekst: string): string {
  return tekst
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/ŧ/g, "t")
    .replace(/ŋ/g, "n")
    .replace(/[-‐‑–—_/.,()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
