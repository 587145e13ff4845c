import { type Fordeling, KUNDETYPENAVN, UTEN_GRUNNLAG } from "../core";

/**
 * Båndtabellen til en effektanalyse som celler som sprer seg: én rad per bånd (navn, intervall), så
 * "Uten grunnlag" og "Sum"; per kundetype med kunder to kolonner, antall og andel (en brøk,
 * 0,25 = 25 %, "" der det ikke er noe grunnlag). Som KS' publiserte tabeller, side om side.
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
