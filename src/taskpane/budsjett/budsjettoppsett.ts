import { type Budsjett, type Budsjettvalg, budsjettvisning } from "../../core";
import type { Arkkunde } from "../felles/arkkunde";
import type { Budsjettarkoppsett } from "./budsjettark";

/** Budsjettarket for planen ruten viser: tjenestene og deres oppstart, Digifin-avgiftene og satsene fra valgene. */
export function budsjettarkoppsett(kunde: Arkkunde, budsjett: Budsjett, valg: Budsjettvalg): Budsjettarkoppsett {
  const forste = budsjett.ar[0];
  return {
    ...kunde,
    fra: budsjett.fra,
    antallAr: budsjett.antallAr,
    prisar: budsjett.prisar,
    // Kjente SSB-tall: arket slår opp innbyggertallet for hvert år (KS.PLANINNBYGGERE); ellers vokser det oppgitte tallet.
    innbyggeroppslag: forste.innbyggerkilde.type !== "oppgitt" && kunde.nummer ? kunde.nummer : null,
    befolkningsvekst: budsjett.befolkningsvekst,
    prisjustering: budsjett.prisjustering,
    tjenester: forste.linjer.flatMap((l) => (l.type === "digifin" ? [] : [{
      navn: l.tjeneste,
      type: l.type,
      oppstart: valg.oppstart.find((o) => o.tjeneste === l.tjeneste)?.kvartal ?? null,
    }])),
    digifin: valg.digifin.map((d) => ({ losning: d.losning, kvartal: d.kvartal, medlemskap: d.medlemskap })),
    merknader: budsjettvisning(budsjett).merknader,
  };
}
