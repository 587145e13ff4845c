import { useMemo } from "react";
import { type Kalkulatorresultat, PrisFeil, STANDARD_SVARUT, beregnKalkulator } from "../core";
import { type Skjema, type Tolket, tolkSkjema } from "./skjema";
import type { AktivMatrise } from "./tilstand";

export type Beregning =
  | { type: "ok"; resultat: Kalkulatorresultat }
  | { type: "feil"; melding: string }
  | { type: "tom"; melding: string };

/** The form → core input → core result (beregnKalkulator). Core errors become Norwegian messages for the UI. */
export function beregn(skjema: Skjema, aktiv: AktivMatrise): { tolket: Tolket; beregning: Beregning } {
  const tolket = tolkSkjema(skjema, aktiv.matrise);
  if (!tolket.input) {
    const melding = skjema.modus === "organisasjon"
      ? "Velg en kommune eller fylkeskommune for å se prisene."
      : "Skriv inn innbyggertallet for å se prisene.";
    return { tolket, beregning: { type: "tom", melding } };
  }
  try {
    return { tolket, beregning: { type: "ok", resultat: beregnKalkulator(tolket.input, aktiv.matrise, STANDARD_SVARUT) } };
  } catch (feil) {
    const melding = feil instanceof PrisFeil
      ? feil.message
      : `Uventet feil i beregningen: ${feil instanceof Error ? feil.message : String(feil)}`;
    return { tolket, beregning: { type: "feil", melding } };
  }
}

export function useBeregning(skjema: Skjema, aktiv: AktivMatrise) {
  return useMemo(() => beregn(skjema, aktiv), [skjema, aktiv]);
}
