import { createContext, useContext, useMemo } from "react";
import {
  Decimal, type Kalkulatorrad, type Kalkulatorsum, type Kalkulatorvisning, PrisFeil, STANDARD_SVARUT, beregnKalkulator, kalkulatorvisning,
} from "../../core";
import { type Skjema, type Tolket, tolkSkjema } from "./skjema";
import type { AktivMatrise } from "./tilstand";

/** En linje slik den vises: kjernens linje, eller en brukt/vurdert tjeneste holdt utenfor fordi et felt er ugyldig («na.»). */
export type Visningsrad = Kalkulatorrad & { utenfor: boolean };

export interface Visningsresultat {
  rader: Visningsrad[];
  sum: Kalkulatorsum;
  /** Kjernens visning av linjene: cellene med «na.»-regelen, merknadene og overskriften. */
  visning: Kalkulatorvisning;
}

export type Beregning =
  | { type: "ok"; resultat: Visningsresultat }
  | { type: "feil"; melding: string }
  | { type: "tom"; melding: string };

/** Kjernens linjer med tjenestene som er holdt utenfor satt inn igjen (før Min kommune og tjenestene som vurderes). */
function visningsrader(kjerne: Kalkulatorrad[], tolket: Tolket): Visningsrad[] {
  const rader: Visningsrad[] = kjerne.map((r) => ({ ...r, utenfor: false }));
  for (const h of tolket.holdtUtenfor) {
    const rad: Visningsrad = {
      tjeneste: h.tjeneste, type: h.vurdert ? "tillegg" : "tjeneste", utenfor: true,
      eksisterende: h.eksisterende === null ? null : new Decimal(h.eksisterende),
      ny: null, endringProsent: null, endringKr: null, tillegg: null, totalNy: null,
    };
    const etter = rader.findIndex((r) => r.type === "tillegg" || (!h.vurdert && r.type === "utgatt"));
    rader.splice(etter < 0 ? rader.length : etter, 0, rad);
  }
  return rader;
}

/** Skjemaet → kjernens inndata → kjernens resultat (beregnKalkulator). Feil fra kjernen blir meldinger i ruten. */
export function beregn(skjema: Skjema, aktiv: AktivMatrise): { tolket: Tolket; beregning: Beregning } {
  const tolket = tolkSkjema(skjema, aktiv.matrise);
  if (!tolket.input) {
    const melding = skjema.modus === "organisasjon"
      ? "Velg en kommune eller fylkeskommune for å se prisene."
      : "Skriv inn innbyggertallet for å se prisene.";
    return { tolket, beregning: { type: "tom", melding } };
  }
  try {
    const { rader: kjerne, sum } = beregnKalkulator(tolket.input, aktiv.matrise, STANDARD_SVARUT);
    const rader = visningsrader(kjerne, tolket);
    return { tolket, beregning: { type: "ok", resultat: { rader, sum, visning: kalkulatorvisning({ rader, sum }) } } };
  } catch (feil) {
    const melding = feil instanceof PrisFeil
      ? feil.message
      : `Uventet feil i beregningen: ${feil instanceof Error ? feil.message : String(feil)}`;
    return { tolket, beregning: { type: "feil", melding } };
  }
}

/** Kalkulatorens svar: skjemaet tolket og beregningen. */
export interface Kalkulatorsvar {
  tolket: Tolket;
  beregning: Beregning;
}

/** Regnes én gang i App per endring av skjemaet eller matrisen; fanene leser svaret med useKalkulatorsvar. */
export function useBeregning(skjema: Skjema, aktiv: AktivMatrise): Kalkulatorsvar {
  return useMemo(() => beregn(skjema, aktiv), [skjema, aktiv]);
}

/** Svaret App har regnet, delt av Kalkulator, Graf, Budsjett og nedlastingen (ikke regnet på nytt i hver). */
export const Kalkulatorkontekst = createContext<Kalkulatorsvar | null>(null);

export function useKalkulatorsvar(): Kalkulatorsvar {
  const svar = useContext(Kalkulatorkontekst);
  if (svar === null) throw new Error("useKalkulatorsvar brukt utenfor App (Kalkulatorkontekst mangler).");
  return svar;
}
