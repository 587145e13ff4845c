import type { Budsjett, Budsjettvalg, Kundetype } from "../../core";
import type { Skjema, Tolket } from "../skjema";
import { type AktivMatrise, matrisenavn } from "../tilstand";
import type { Arkkunde, Budsjettarkoppsett } from "./budsjettark";

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

/** Kunden slik kalkulatorens skjema og prismatrisen i bruk beskriver den, for et ark med formler. */
export function arkkunde(skjema: Skjema, tolket: Tolket, kundetype: Kundetype, innbyggere: number, aktiv: AktivMatrise): Arkkunde {
  const org = skjema.modus === "organisasjon" ? skjema.organisasjon : null;
  const kilde = !org ? "Oppgitt av brukeren" : innbyggere !== org.innbyggere[skjema.ar] ? "Overstyrt av brukeren" : `SSB tabell 07459, 1. januar ${skjema.ar}`;
  return {
    kundenavn: tolket.kundenavn ?? "Kunde",
    nummer: org?.nummer ?? null,
    kundetype,
    innbyggere,
    innbyggerkilde: kilde,
    volum: tolket.volum,
    matriseomrade: aktiv.kilde.type === "ark" ? aktiv.kilde.adresse : null,
    matrisenavn: matrisenavn(aktiv),
  };
}
