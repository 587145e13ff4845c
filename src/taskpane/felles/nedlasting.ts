/** Filer ruten laster ned (arbeidsboken, scenariofilen): filnavnet og selve nedlastingen. */

/** «KS kalkulator Bodø.xlsx»: tegn som filsystemer avviser, blir «-». */
export function filnavn(grunnlag: string, endelse: string): string {
  const renset = [...grunnlag].map((t) => (t < " " || '\\/:*?"<>|'.includes(t) ? "-" : t)).join("");
  return `${renset.replace(/\s+/g, " ").trim()}.${endelse}`;
}

/** Lagrer innholdet som en fil gjennom en midlertidig objekt-URL og en nedlastingslenke (en nettleser, eller Excels webvisning). */
export function lastNed(innhold: Uint8Array | string, navn: string, type: string): void {
  const url = URL.createObjectURL(new Blob([innhold as BlobPart], { type }));
  const lenke = document.createElement("a");
  lenke.href = url;
  lenke.download = navn;
  lenke.style.display = "none";
  document.body.appendChild(lenke);
  lenke.click();
  lenke.remove();
  // Frigis senere: noen webvisninger leser adressen etter at click() har returnert.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
