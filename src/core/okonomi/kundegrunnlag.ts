/**
 * Kundegrunnlaget: hvem kunden er, innbyggertallet prisen regnes med, og hvor tallet kommer fra. Lages ett sted
 * (lagKundegrunnlag) av rutens skjema og av scenarioleseren, så kilden aldri gjettes i etterkant: et innbyggertall
 * brukeren har skrevet, merkes aldri som SSBs.
 */
import type { Budsjettbefolkning } from "../budsjett/budsjett";
import { PrisFeil } from "../modell/feil";
import type { Kundetype } from "../modell/kundetype";
import type { Befolkningsar, Organisasjon } from "../modell/organisasjoner";
import { norskTall } from "../visning/tallformat";
import { Decimal } from "../modell/desimal";

/** SSBs tall for året, et tall skrevet over SSBs for en kjent organisasjon, eller et tall for en kunde uten SSB-tall. */
export type Innbyggerkilde =
  | { type: "ssb"; ar: Befolkningsar }
  | { type: "overstyrt"; ar: Befolkningsar; ssb: number }
  | { type: "oppgitt" };

export interface Kundegrunnlag {
  /** Kommunen eller fylkeskommunen i SSB-dataene; null for en kunde oppgitt med kundetype og innbyggertall. */
  organisasjon: Organisasjon | null;
  kundetype: Kundetype;
  innbyggere: number;
  kilde: Innbyggerkilde;
}

/**
 * En kjent organisasjon med SSBs tall for året, eller med et skrevet innbyggertall (`innbyggere`, null = SSBs). Et
 * skrevet tall som er likt SSBs for året, er SSBs tall og merkes slik.
 */
export function organisasjonsgrunnlag(organisasjon: Organisasjon, ar: Befolkningsar, innbyggere: number | null): Kundegrunnlag {
  const ssb = organisasjon.innbyggere[ar];
  const kilde: Innbyggerkilde = innbyggere === null || innbyggere === ssb ? { type: "ssb", ar } : { type: "overstyrt", ar, ssb };
  return { organisasjon, kundetype: organisasjon.kundetype, innbyggere: innbyggere ?? ssb, kilde };
}

/** En kunde uten SSB-tall: kundetypen og innbyggertallet slik brukeren oppga dem. */
export function oppgittGrunnlag(kundetype: Kundetype, innbyggere: number): Kundegrunnlag {
  if (!Number.isInteger(innbyggere) || innbyggere < 0) throw new PrisFeil(`Innbyggertallet må være et helt tall fra 0, fikk ${innbyggere}.`);
  return { organisasjon: null, kundetype, innbyggere, kilde: { type: "oppgitt" } };
}

/**
 * Den ene teksten om hvor innbyggertallet kommer fra, i arkene og arbeidsbøkene: «SSB tabell 07459, 1. januar 2024»,
 * «Overstyrt av brukeren (SSB 1. januar 2024: 53 712)» eller «Oppgitt av brukeren».
 */
export function innbyggerkildetekst(kilde: Innbyggerkilde): string {
  switch (kilde.type) {
    case "ssb":
      return `SSB tabell 07459, 1. januar ${kilde.ar}`;
    case "overstyrt":
      return `Overstyrt av brukeren (SSB 1. januar ${kilde.ar}: ${norskTall(new Decimal(kilde.ssb))})`;
    case "oppgitt":
      return "Oppgitt av brukeren";
  }
}

/**
 * Innbyggertallene et budsjett bygger på, ett sted for ruten og scenarioleseren: en organisasjon med SSBs tall har de
 * kjente årene (planåret Y bruker 1. januar Y − 1); et skrevet tall er planens første år og vokser derfra.
 * `scenarioar` er befolkningsåret brukeren valgte (til advarselen), null når det ikke er oppgitt.
 */
export function budsjettbefolkning(kunde: Kundegrunnlag, scenarioar: number | null): Budsjettbefolkning {
  if (kunde.organisasjon !== null && kunde.kilde.type === "ssb") {
    return { grunnlag: { type: "kjent", tall: kunde.organisasjon.innbyggere }, scenarioar };
  }
  return { grunnlag: { type: "oppgitt", innbyggere: kunde.innbyggere }, scenarioar: null };
}
