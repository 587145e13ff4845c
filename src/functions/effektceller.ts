import { type Fordeling, KUNDETYPENAVN, UTEN_GRUNNLAG } from "../core";

/**
 * The band table of an effect analysis as spilled cells: one row per band (name, range), then
 * "Uten grunnlag" and "Sum"; per kundetype with customers two columns, count and share (a fraction,
 * 0,25 = 25 %, "" where there is no baseline). Like KS's published tables, side by side.
 */
export function bandtabellceller(fordelinger: readonly Fordeling[]): (string | number)[][] {
  const med = fordelinger.filter((f) => f.antallKunder > 0);
  const overskrift = ["Bånd", "Endring", ...med.flatMap((f) => [`${KUNDETYPENAVN[f.kundetype]}: antall`, `${KUNDETYPENAVN[f.kundetype]}: andel`])];
  const antallBand = med[0]?.band.length ?? 0;
  const rader: (string | number)[][] = [];
  for (let i = 0; i < antallBand; i++) {
    const b = med[0].band[i];
    rader.push([b.navn, b.etikett, ...med.flatMap((f) => [f.band[i].antall, f.band[i].andel === null ? "" : f.band[i].andel!.toNumber()])]);
  }
  const enhet = med[0]?.band[0]?.etikett.endsWith("%") ? "prosent" : "kroner";
  rader.push([UTEN_GRUNNLAG.navn, UTEN_GRUNNLAG.etikett[enhet], ...med.flatMap((f) => [f.utenGrunnlag, ""])]);
  rader.push(["Sum", "", ...med.flatMap((f) => [f.antallKunder, f.medGrunnlag > 0 ? 1 : ""])]);
  return [overskrift, ...rader];
}
