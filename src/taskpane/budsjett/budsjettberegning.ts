import { useMemo } from "react";
import {
  type Budsjett, type Budsjettbefolkning, type Budsjettvalg, MEDLEMSKAPSSATSER, PrisFeil, STANDARD_DIGIFIN, STANDARD_SVARUT,
  beregnBudsjett, budsjettbefolkning,
} from "../../core";
import type { Beregning, Kalkulatorsvar } from "../felles/beregning";
import type { Skjema, Tolket } from "../felles/skjema";
import type { AktivMatrise } from "../felles/tilstand";
import { type Budsjettskjema, type TolketBudsjett, oppstartstjenester as kanHaOppstart, tolkBudsjettskjema } from "./budsjettskjema";

export type Budsjettberegning =
  /** `befolkning`: innbyggertallene planen bygger på (også til arbeidsboken, som må regne med de samme). */
  | { type: "ok"; budsjett: Budsjett; valg: Budsjettvalg; befolkning: Budsjettbefolkning }
  | { type: "feil"; melding: string }
  | { type: "tom"; melding: string };

export interface Budsjettsvar {
  /** Kalkulatorens skjema og svar: planen bygger på det samme scenariet. */
  tolket: Tolket;
  kalkulator: Beregning;
  /** Tjenestene i scenariet som kan ha oppstart (ikke grunnfinansieringen, ikke Min kommune). */
  oppstartstjenester: string[];
  budsjett: TolketBudsjett | null;
  beregning: Budsjettberegning;
}

function feilmelding(feil: unknown): string {
  if (feil instanceof PrisFeil) return feil.message;
  return `Uventet feil i beregningen: ${feil instanceof Error ? feil.message : String(feil)}`;
}

/**
 * Kalkulatorens scenario (svaret App allerede har regnet) → budsjettvalgene → kjernens beregnBudsjett. Kjernens feil
 * blir norske meldinger.
 */
export function beregnBudsjettplan(svar: Kalkulatorsvar, skjema: Skjema, budsjettskjema: Budsjettskjema, aktiv: AktivMatrise): Budsjettsvar {
  const { tolket, beregning: kalkulator } = svar;
  if (kalkulator.type !== "ok" || !tolket.input || !tolket.grunnlag) {
    const melding = kalkulator.type === "feil" ? kalkulator.melding : "Velg kunde og tjenester i Kalkulator-fanen først: budsjettet bygger på det samme scenariet.";
    return { tolket, kalkulator, oppstartstjenester: [], budsjett: null, beregning: { type: kalkulator.type === "feil" ? "feil" : "tom", melding } };
  }
  const { input, grunnlag } = tolket;
  const oppstartstjenester = kanHaOppstart(input, aktiv.matrise);
  const budsjett = tolkBudsjettskjema(budsjettskjema, skjema.ar, oppstartstjenester);
  if (!budsjett.valg) {
    return { tolket, kalkulator, oppstartstjenester, budsjett, beregning: { type: "tom", melding: "Skriv planens første år for å se budsjettet." } };
  }
  const valg = budsjett.valg;
  try {
    const tabeller = { matrise: aktiv.matrise, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER };
    const befolkning = budsjettbefolkning(grunnlag, skjema.ar);
    const plan = beregnBudsjett(input, valg, tabeller, befolkning);
    return { tolket, kalkulator, oppstartstjenester, budsjett, beregning: { type: "ok", budsjett: plan, valg, befolkning } };
  } catch (feil) {
    return { tolket, kalkulator, oppstartstjenester, budsjett, beregning: { type: "feil", melding: feilmelding(feil) } };
  }
}

export function useBudsjettplan(svar: Kalkulatorsvar, skjema: Skjema, budsjettskjema: Budsjettskjema, aktiv: AktivMatrise): Budsjettsvar {
  return useMemo(() => beregnBudsjettplan(svar, skjema, budsjettskjema, aktiv), [svar, skjema, budsjettskjema, aktiv]);
}
