/**
 * Search key for names typed by people: case-, accent- and punctuation-insensitive.
 * æ/ø/å are folded to ae/o/a so "Bodo" finds "Bodø"; Sámi letters lose their diacritics.
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
