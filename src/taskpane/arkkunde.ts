import type { Kundetype } from "../core";
import type { Kalkulatoroppsett } from "./arkoppsett";
import type { Skjema, Tolket } from "./skjema";
import { type AktivMatrise, matrisenavn } from "./tilstand";

/** Kunden, innbyggertallet, volumene og prismatrisen slik et ark med formler trenger dem (kalkulatorarket, budsjettarket). */
export type Arkkunde = Omit<Kalkulatoroppsett, "rader">;

/** Kunden slik kalkulatorens skjema og prismatrisen i bruk beskriver den. */
export function arkkunde(skjema: Skjema, tolket: Tolket, kundetype: Kundetype, innbyggere: number, aktiv: AktivMatrise): Arkkunde {
  const org = skjema.modus === "organisasjon" ? skjema.organisasjon : null;
  const kilde = !org ? "Oppgitt av brukeren" : innbyggere !== org.innbyggere[skjema.ar] ? "Overstyrt av brukeren" : `SSB tabell 07459, 1. januar ${skjema.ar}`;
  return {
    kundenavn: tolket.kundenavn ?? "Kunde",
    nummer: org?.nummer ?? null,
    kundetype,
    innbyggere,
    innbyggerkilde: kilde,
    volum: tolket.volum ?? { altinn: 0, forsendelser: 0, svarinn: 0 },
    matriseomrade: aktiv.kilde.type === "ark" ? aktiv.kilde.adresse : null,
    matrisenavn: matrisenavn(aktiv),
  };
}
