import { type Bandtabell, type Enhet, type Fordeling, KUNDETYPENAVN, andelstekst, bandtabeller } from "../core";

/** En andel som celle: brøken som tall (0,25 = 25 % med prosentformat), ellers kjernens «na.» eller tom. */
const andel = (a: Bandtabell["sum"]["andel"]): string | number => (a.type === "andel" ? a.verdi.toNumber() : andelstekst(a, () => ""));

/**
 * Båndtabellen til en effektanalyse som celler som sprer seg, fra kjernens båndtabeller (bandtabell.ts): én rad per
 * bånd (navn, intervall), så «Uten grunnlag» og «Sum»; per kundetype med kunder to kolonner, antall og andel. Fast
 * form, så tabellene står side om side med de samme radene, som KS' publiserte tabeller.
 */
export function bandtabellceller(fordelinger: readonly Fordeling[], enhet: Enhet): (string | number)[][] {
  const tabeller = bandtabeller(fordelinger, enhet, { fastForm: true });
  const overskrift = ["Bånd", "Endring", ...tabeller.flatMap((t) => [`${KUNDETYPENAVN[t.kundetype]}: antall`, `${KUNDETYPENAVN[t.kundetype]}: andel`])];
  const forste = tabeller[0];
  if (!forste) return [overskrift];
  const rader = [...forste.rader, forste.sum].map((rad, i): (string | number)[] => [
    rad.navn, rad.etikett, ...tabeller.flatMap((t) => { const r = [...t.rader, t.sum][i]; return [r.antall, andel(r.andel)]; }),
  ]);
  return [overskrift, ...rader];
}
