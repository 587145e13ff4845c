import { createContext, useContext } from "react";
import { type Prismatrise, STANDARD_PRISMATRISE } from "../../core";
import { type Arbeidsbok, utenExcel } from "./arbeidsbok";

/** Hvor matrisen i bruk er lest fra. */
export type Matrisekilde = { type: "standard" } | { type: "ark"; adresse: string; lest: string };

/**
 * Den ene matrisen alle fanene regner med (Kalkulator, Graf, Prismatrise og Effekt), hvor den kom fra, og om den er
 * endret i ruten siden (endringer under Prismatrise, hva-om-endringer under Effekt).
 */
export interface AktivMatrise {
  matrise: Prismatrise;
  kilde: Matrisekilde;
  endret: boolean;
}

export const STANDARD: AktivMatrise = { matrise: STANDARD_PRISMATRISE, kilde: { type: "standard" }, endret: false };

/** «Standard prismatrise 2025», «Prismatrise fra arket Ark1!A3:H16», «Endret prismatrise (fra standard prismatrise 2025)». */
export function matrisenavn(aktiv: AktivMatrise): string {
  const grunn = aktiv.kilde.type === "standard" ? "standard prismatrise 2025" : `prismatrisen fra arket ${aktiv.kilde.adresse}`;
  if (aktiv.endret) return `Endret prismatrise (fra ${grunn})`;
  return aktiv.kilde.type === "standard" ? "Standard prismatrise 2025" : `Prismatrise fra arket ${aktiv.kilde.adresse}`;
}

/** Det samme, kort nok for merket øverst i en smal rute. */
export function kortMatrisenavn(aktiv: AktivMatrise): string {
  const grunn = aktiv.kilde.type === "standard" ? "Standard 2025" : `Fra ${aktiv.kilde.adresse}`;
  return aktiv.endret ? `${grunn}, endret` : grunn;
}

/** En endret matrise: samme kilde, merket som endret i ruten. */
export function endretMatrise(aktiv: AktivMatrise, matrise: Prismatrise): AktivMatrise {
  return { matrise, kilde: aktiv.kilde, endret: true };
}

export const ArbeidsbokKontekst = createContext<Arbeidsbok>(utenExcel);
export const useArbeidsbok = () => useContext(ArbeidsbokKontekst);
