import { createContext, useContext } from "react";
import { type Prismatrise, STANDARD_PRISMATRISE } from "../core";
import { type Arbeidsbok, utenExcel } from "./excel";

/** Where the matrix in use was read from. */
export type Matrisekilde = { type: "standard" } | { type: "ark"; adresse: string; lest: string };

/**
 * The one matrix every view computes with (Kalkulator, Graf, Prismatrise and Effekt), where it came from, and
 * whether it has been changed in the pane since (edits in Prismatrise, what-if changes in Effekt).
 */
export interface AktivMatrise {
  matrise: Prismatrise;
  kilde: Matrisekilde;
  endret: boolean;
}

export const STANDARD: AktivMatrise = { matrise: STANDARD_PRISMATRISE, kilde: { type: "standard" }, endret: false };

/** "Standard prismatrise 2025", "Prismatrise fra arket Ark1!A3:H16", "Endret prismatrise (fra standard 2025)". */
export function matrisenavn(aktiv: AktivMatrise): string {
  const grunn = aktiv.kilde.type === "standard" ? "standard prismatrise 2025" : `prismatrisen fra arket ${aktiv.kilde.adresse}`;
  if (aktiv.endret) return `Endret prismatrise (fra ${grunn})`;
  return aktiv.kilde.type === "standard" ? "Standard prismatrise 2025" : `Prismatrise fra arket ${aktiv.kilde.adresse}`;
}

/** The same, short enough for the badge at the top of a narrow pane. */
export function kortMatrisenavn(aktiv: AktivMatrise): string {
  const grunn = aktiv.kilde.type === "standard" ? "Standard 2025" : `Fra ${aktiv.kilde.adresse}`;
  return aktiv.endret ? `${grunn}, endret` : grunn;
}

/** A changed matrix: the same source, marked as changed in the pane. */
export function endretMatrise(aktiv: AktivMatrise, matrise: Prismatrise): AktivMatrise {
  return { matrise, kilde: aktiv.kilde, endret: true };
}

export const ArbeidsbokKontekst = createContext<Arbeidsbok>(utenExcel);
export const useArbeidsbok = () => useContext(ArbeidsbokKontekst);
