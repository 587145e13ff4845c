import { UTEN_GRUNNLAG } from "../modell/baand";
import { Decimal } from "../modell/desimal";
import type { Fordeling } from "../okonomi/effekttyper";
import { KUNDETYPENAVN, type Kundetype } from "../modell/kundetype";
import { NA } from "./kalkulatorvisning";

/**
 * Båndtabellene slik de vises: én beskrivelse som ruten, kommandolinjen, KS.EFFEKT og arkene bare formaterer.
 * Den ene regelen for «Uten grunnlag» og andelskolonnen står her.
 */

export type Enhet = "prosent" | "kroner";

/** Andelen av kundene med grunnlag (en brøk, 0,25 = 25 %), «na.» med grunnen, eller tom. */
export type Andelscelle = { type: "andel"; verdi: Decimal } | { type: "na"; grunn: string } | { type: "tom" };

export interface Bandtabellrad {
  navn: string;
  /** Intervallet i ord («over 29–60 %»), eller hva «Uten grunnlag» betyr. */
  etikett: string;
  antall: number;
  andel: Andelscelle;
}

export interface Bandtabell {
  kundetype: Kundetype;
  enhet: Enhet;
  /** «Kommune – endring i prosent». */
  tittel: string;
  antallKunder: number;
  /** Båndene, så «Uten grunnlag» etter regelen under. */
  rader: Bandtabellrad[];
  sum: Bandtabellrad;
}

/** Kolonnene i en båndtabell. */
export const BANDTABELLKOLONNER = ["Bånd", "Intervall", "Kunder", "Andel"] as const;

const INGEN_MED_GRUNNLAG = "ingen kunder av denne typen har pris i dag";
const UTEN_ANDEL = "andelene regnes av kundene med pris i dag";

/** Tabelltittel for fordelingen til én kundetype: «Kommune – endring i prosent». */
export function bandtittel(kundetype: Kundetype, enhet: Enhet): string {
  return `${KUNDETYPENAVN[kundetype]} – endring i ${enhet}`;
}

export interface Bandtabellvalg {
  /** Teksten i «Uten grunnlag»-raden; standard UTEN_GRUNNLAG.etikett for enheten (sammenligningen skriver sin egen). */
  utenGrunnlag?: string;
  /**
   * Fast form: «Uten grunnlag» står med også når ingen kunde mangler grunnlag (0), så tabeller side om side (KS.EFFEKT)
   * har de samme radene og den samme høyden.
   */
  fastForm?: boolean;
}

/**
 * Én båndtabell. Regelen: hvert bånd med antall og andel av kundene med grunnlag («na.» når ingen har det);
 * «Uten grunnlag» når noen kunder mangler grunnlag (eller med fast form), med antallet og «na.» som andel (de inngår
 * ikke i andelene); «Sum» med alle kundene og 100 % når noen har grunnlag, ellers tom andel.
 */
export function bandtabell(f: Fordeling, enhet: Enhet, valg: Bandtabellvalg = {}): Bandtabell {
  const rader: Bandtabellrad[] = f.band.map((b) => ({
    navn: b.navn, etikett: b.etikett, antall: b.antall,
    andel: b.andel === null ? { type: "na", grunn: INGEN_MED_GRUNNLAG } : { type: "andel", verdi: b.andel },
  }));
  if (f.utenGrunnlag > 0 || valg.fastForm) {
    rader.push({
      navn: UTEN_GRUNNLAG.navn, etikett: valg.utenGrunnlag ?? UTEN_GRUNNLAG.etikett[enhet], antall: f.utenGrunnlag,
      andel: { type: "na", grunn: UTEN_ANDEL },
    });
  }
  return {
    kundetype: f.kundetype, enhet, tittel: bandtittel(f.kundetype, enhet), antallKunder: f.antallKunder, rader,
    sum: { navn: "Sum", etikett: "", antall: f.antallKunder, andel: f.medGrunnlag > 0 ? { type: "andel", verdi: new Decimal(1) } : { type: "tom" } },
  };
}

/** Tabellene for kundetypene som har kunder, i fordelingenes rekkefølge. */
export function bandtabeller(fordelinger: readonly Fordeling[], enhet: Enhet, valg: Bandtabellvalg = {}): Bandtabell[] {
  return fordelinger.filter((f) => f.antallKunder > 0).map((f) => bandtabell(f, enhet, valg));
}

/** En andel som tekst: «na.» eller "" etter regelen; `prosent` formaterer brøken (0,25 → «25 %»). */
export function andelstekst(andel: Andelscelle, prosent: (brok: Decimal) => string): string {
  return andel.type === "andel" ? prosent(andel.verdi) : andel.type === "na" ? NA : "";
}
