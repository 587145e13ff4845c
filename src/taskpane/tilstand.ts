import { createContext, useContext } from "react";
import { type Prismatrise, STANDARD_PRISMATRISE } from "../core";
import { type Arbeidsbok, utenExcel } from "./excel";

/** The matrix every view computes with, and where it came from. */
export interface AktivMatrise {
  matrise: Prismatrise;
  kilde: { type: "standard" } | { type: "ark"; adresse: string; lest: string };
}

export const STANDARD: AktivMatrise = { matrise: STANDARD_PRISMATRISE, kilde: { type: "standard" } };

export function matrisenavn(aktiv: AktivMatrise): string {
  return aktiv.kilde.type === "standard" ? "Standard prismatrise 2025" : `Prismatrise fra arket ${aktiv.kilde.adresse}`;
}

export const ArbeidsbokKontekst = createContext<Arbeidsbok>(utenExcel);
export const useArbeidsbok = () => useContext(ArbeidsbokKontekst);
