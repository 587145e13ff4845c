import type { Budsjett, Budsjettvalg } from "../../core";
import type { Kalkulatoroppsett } from "../arkoppsett";
import type { Budsjettarkoppsett } from "./budsjettark";

/** Kunden, innbyggertallet, volumene og prismatrisen, som i kalkulatorarket. */
export type Arkkunde = Omit<Kalkulatoroppsett, "rader">;

/** Budsjettarket for planen ruten viser: tjenestene og deres oppstart, Digifin-avgiftene og satsene fra valgene. */
export function budsjettarkoppsett(kunde: Arkkunde, budsjett: Budsjett, valg: Budsjettvalg): Budsjettarkoppsett {
  const forste = budsjett.ar[0];
  return {
    ...kunde,
    fra: budsjett.fra,
    antallAr: budsjett.antallAr,
    befolkningsvekst: budsjett.befolkningsvekst,
    prisjustering: budsjett.prisjustering,
    tjenester: forste.linjer.flatMap((l) => (l.type === "digifin" ? [] : [{
      navn: l.tjeneste,
      type: l.type,
      oppstart: valg.oppstart.find((o) => o.tjeneste === l.tjeneste)?.kvartal ?? null,
    }])),
    digifin: valg.digifin.map((d) => ({ losning: d.losning, kvartal: d.kvartal, medlemskap: d.medlemskap })),
    utenNyPris: budsjett.utenNyPris,
  };
}
