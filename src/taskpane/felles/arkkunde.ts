import { type Kundetype, innbyggerkildetekst } from "../../core";
import type { Kalkulatoroppsett } from "./arkoppsett";
import type { Skjema, Tolket } from "./skjema";
import { type AktivMatrise, matrisenavn } from "./tilstand";

/** Kunden, innbyggertallet, volumene og prismatrisen slik et ark med formler trenger dem (kalkulatorarket, budsjettarket). */
export type Arkkunde = Omit<Kalkulatoroppsett, "rader">;

/** Kunden slik kalkulatorens skjema og prismatrisen i bruk beskriver den. */
export function arkkunde(skjema: Skjema, tolket: Tolket, kundetype: Kundetype, innbyggere: number, aktiv: AktivMatrise): Arkkunde {
  const org = skjema.modus === "organisasjon" ? skjema.organisasjon : null;
  return {
    kundenavn: tolket.kundenavn ?? "Kunde",
    nummer: org?.nummer ?? null,
    kundetype,
    innbyggere,
    innbyggerkilde: innbyggerkildetekst(tolket.grunnlag?.kilde ?? { type: "oppgitt" }),
    volum: tolket.volum ?? { altinn: 0, forsendelser: 0, svarinn: 0 },
    matriseomrade: aktiv.kilde.type === "ark" ? aktiv.kilde.adresse : null,
    matrisenavn: matrisenavn(aktiv),
  };
}
