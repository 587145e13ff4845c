/**
 * Én båndtabell som ark, beskrevet én gang for begge mål: effektarket oppgaveruten setter inn (kjernens tall som
 * verdier, et øyeblikksbilde) og arket Fordeling i sektorarbeidsboken (formler over kundenes endringer). Tittelen,
 * kolonnene, radene (båndene, «Uten grunnlag» og Sum), tallformatene og Excel-tabellen står her, med kjernens navn
 * (bandtittel, BANDTABELLKOLONNER, UTEN_GRUNNLAG); målet gir bare innholdet i cellene.
 */
import { BANDTABELLKOLONNER, bandtittel, type Enhet, type Kundetype, UTEN_GRUNNLAG } from "../core";
import { omrade } from "./adresser";
import { type Arkbygger, type Celle, type Tabell, tekst } from "./modell";
import { FORMAT } from "./tallformat";

/** Innholdet i en celle: en verdi, en formel, eller ingenting (tom). */
export type Innhold = Pick<Celle, "verdi" | "formel">;

/** Innholdet i én rad: intervallet (tekst eller formel), antallet og andelen (en brøk, «na.» eller tom). */
export interface Bandrad {
  intervall: Innhold;
  antall: Innhold;
  andel: Innhold;
}

export interface Bandtabelloppsett {
  kundetype: Kundetype;
  enhet: Enhet;
  /** Båndenes navn i rekkefølge. */
  band: readonly string[];
  /** Raden nr. `i`: båndene (0 …), så «Uten grunnlag» (band.length) og Sum (band.length + 1); `r` er arkraden (fra 0). */
  rad: (i: number, r: number) => Bandrad;
}

/** Tabellnavn i Excel må være unike og i ASCII: "Band_prosent_KOMMUNE". */
const tabellnavn = (enhet: Enhet, kundetype: Kundetype) => `Band_${enhet}_${kundetype}`;

/**
 * Tittelen på raden `rad` og tabellen under: overskriften, båndene, «Uten grunnlag» (alltid med, så tabellene har samme
 * form) og Sum. Gir Excel-tabellen og raden etter én tom rad.
 */
export function bandtabelloppsett(b: Arkbygger, rad: number, o: Bandtabelloppsett): { tabell: Tabell; neste: number } {
  b.sett(rad, 0, tekst(bandtittel(o.kundetype, o.enhet), "sum"));
  const hode = rad + 1;
  b.rad(hode, 0, BANDTABELLKOLONNER.map((k) => tekst(k, "overskrift")));
  const navn = [...o.band, UTEN_GRUNNLAG.navn, "Sum"];
  navn.forEach((n, i) => {
    const r = hode + 1 + i;
    const c = o.rad(i, r);
    const stil = i === navn.length - 1 ? { stil: "sum" as const } : {};
    b.rad(r, 0, [
      { verdi: n, ...stil },
      { ...c.intervall, ...stil },
      { ...c.antall, format: FORMAT.heltall, ...stil },
      { ...c.andel, format: FORMAT.prosent, ...stil },
    ]);
  });
  const siste = hode + navn.length;
  return { tabell: { omrade: omrade(hode, 0, siste, BANDTABELLKOLONNER.length - 1), navn: tabellnavn(o.enhet, o.kundetype), stil: "TableStyleMedium2" }, neste: siste + 2 };
}
