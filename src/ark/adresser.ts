/**
 * Cellereferanser og områder, det ene settet adressehjelpere alle arkene bruker: radene og kolonnene telles fra 0,
 * adressene er A1-tekst («B6», «$B$6», «Prismatrise!$A$4:$A$16»).
 */
import { celleadresse } from "../core";

export { celleadresse };

/** Kolonnebokstavene til en kolonne (fra 0): 0 → "A", 27 → "AB". */
export function kolonnebokstav(kolonne: number): string {
  return celleadresse(0, kolonne).replace(/\d+$/, "");
}

/** Kolonnen (fra 0) til kolonnebokstavene: "A" → 0, "AB" → 27 (store eller små bokstaver). */
export function kolonnenummer(bokstaver: string): number {
  return [...bokstaver.toUpperCase()].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** En cellereferanse med valgfri $ foran kolonne og rad: ref(5, 1, true, true) → "$B$6". */
export function ref(rad: number, kolonne: number, absKolonne = false, absRad = false): string {
  return `${absKolonne ? "$" : ""}${kolonnebokstav(kolonne)}${absRad ? "$" : ""}${rad + 1}`;
}

/** En absolutt referanse: "$B$6". */
export const abs = (rad: number, kolonne: number) => ref(rad, kolonne, true, true);

/** Et område fra (rad, kolonne) til (rad, kolonne), relativt: "B15:B18" (én celle: "B15"). */
export function omrade(fraRad: number, fraKolonne: number, tilRad = fraRad, tilKolonne = fraKolonne): string {
  const fra = ref(fraRad, fraKolonne);
  return fraRad === tilRad && fraKolonne === tilKolonne ? fra : `${fra}:${ref(tilRad, tilKolonne)}`;
}

/** Et arknavn i en formel: uten anførselstegn når det er et vanlig ord, ellers i '' med doble ' inni. */
export function arknavn(ark: string): string {
  const bar = /^[A-Za-z_][A-Za-z0-9_]*$/.test(ark) && !/^([A-Za-z]{1,3}\d+|[RrCc]\d*)$/.test(ark);
  return bar ? ark : `'${ark.replace(/'/g, "''")}'`;
}

/**
 * Et arknavn alltid i apostrofer, med apostrofer inni doblet: oppgaverutens KS.*-formler, der arknavnet er brukerens
 * eget og kan være hva som helst.
 */
export function arkreferanse(ark: string): string {
  return `'${ark.replace(/'/g, "''")}'`;
}

/** En absolutt referanse til en celle i et annet ark: "Prismatrise!$C$16". */
export const arkcelle = (ark: string, rad: number, kolonne: number) => `${arknavn(ark)}!${abs(rad, kolonne)}`;

/** Et absolutt kolonneområde i et annet ark: "Prismatrise!$A$4:$A$16" (radene fra..til, fra 0, begge med). */
export const arkkolonne = (ark: string, kolonne: number, fra: number, til: number) =>
  `${arknavn(ark)}!${abs(fra, kolonne)}:${abs(til, kolonne)}`;

/** Deler "'Kalkulator Bodø'!B3:I16" i arknavn og raden og kolonnen (fra 0) til øverste venstre celle. */
export function tolkOmrade(adresse: string): { ark: string; rad: number; kolonne: number; celler: string } {
  const utrop = adresse.lastIndexOf("!");
  const arkdel = utrop >= 0 ? adresse.slice(0, utrop) : "";
  const celler = utrop >= 0 ? adresse.slice(utrop + 1) : adresse;
  const ark = arkdel.startsWith("'") ? arkdel.slice(1, -1).replace(/''/g, "'") : arkdel;
  const treff = /^\$?([A-Za-z]+)\$?(\d+)/.exec(celler);
  if (!treff) throw new Error(`Ugyldig celleadresse «${adresse}».`);
  return { ark, rad: Number(treff[2]) - 1, kolonne: kolonnenummer(treff[1]), celler: celler.replace(/\$/g, "") };
}

/** Første og siste rad og kolonne (fra 0) i et område uten arknavn: «B18:C19», «D18». */
export function omradegrenser(omradet: string): { fraRad: number; fraKolonne: number; tilRad: number; tilKolonne: number } {
  const [fra, til = fra] = omradet.split(":");
  const a = tolkOmrade(fra);
  const b = tolkOmrade(til);
  return { fraRad: a.rad, fraKolonne: a.kolonne, tilRad: b.rad, tilKolonne: b.kolonne };
}

/** Antall rader og kolonner i et område: «B18:C18» → 1 × 2, «D18» → 1 × 1. */
export function omradestorrelse(omradet: string): { rader: number; kolonner: number } {
  const g = omradegrenser(omradet);
  return { rader: g.tilRad - g.fraRad + 1, kolonner: g.tilKolonne - g.fraKolonne + 1 };
}

/** En celleadresse relativt til et område ("C5" i området "Prismatrise!B3:I16") som adresse i arket: "Prismatrise!D7". */
export function arkadresse(omradet: string, relativ: string): string {
  const { ark, rad, kolonne } = tolkOmrade(omradet);
  if (relativ === "") return omradet;
  const rel = tolkOmrade(relativ);
  return `${ark ? ark + "!" : ""}${celleadresse(rad + rel.rad, kolonne + rel.kolonne)}`;
}

/** Absolutt område til formler: "Prismatrise!A3:H16" → "'Prismatrise'!$A$3:$H$16". */
export function absoluttOmrade(omradet: string): string {
  const { ark, celler } = tolkOmrade(omradet);
  const absolutt = celler.split(":").map((c) => c.replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2")).join(":");
  return ark ? `${arkreferanse(ark)}!${absolutt}` : absolutt;
}

/** En celle flyttet et antall rader og kolonner: flytt("A3", 2, 1) → "B5". */
export function flytt(celle: string, rader: number, kolonner = 0): string {
  const { rad, kolonne } = tolkOmrade(celle);
  return celleadresse(rad + rader, kolonne + kolonner);
}
