/**
 * The Effekt view's state, owned by the app (one per taskpane, not per module): the customer source, the comparison,
 * the last analysis and the what-if panel. Switching tabs keeps them; a change of the matrix made elsewhere
 * (Prismatrise, "Tilbakestill til 2025") or of the population year starts a new analysis.
 */
import { useReducer, useState } from "react";
import type { Befolkningsar } from "../../core";
import type { AktivMatrise } from "../tilstand";
import { type Analysesvar, type Kundekilde, type Sammenligning, lagAnalyse } from "./analyse";
import { type Hvaomhandling, type Hvaomtilstand, TOM_HVAOM, hvaomReducer } from "./hvaom";

export type Arkkilde = Extract<Kundekilde, { type: "ark" }>;

export interface Effektvalg {
  kildetype: Kundekilde["type"];
  /** The customer list read from the sheet, kept while "alle" is chosen. */
  ark: Arkkilde | null;
  /** null: the default for the source (standardSammenligning). */
  sammenligning: Sammenligning | null;
}

export const ALLE: Kundekilde = { type: "alle" };

/** The customers to analyse, or null while "from the sheet" is chosen and no list is read yet. */
export function valgtKilde(valg: Effektvalg): Kundekilde | null {
  return valg.kildetype === "alle" ? ALLE : valg.ark;
}

/** Remembers one analysis: the same source, year and comparison, while the sector's matrix is the one in use. */
export class Analyseminne {
  private sist: { kilde: Kundekilde; ar: Befolkningsar; sammenligning: Sammenligning; matrise: AktivMatrise["matrise"]; svar: Analysesvar } | null = null;

  hent(kilde: Kundekilde, aktiv: AktivMatrise, ar: Befolkningsar, sammenligning: Sammenligning): Analysesvar {
    const s = this.sist;
    if (s && s.kilde === kilde && s.ar === ar && s.sammenligning === sammenligning) {
      const matrise = s.svar.type === "ok" ? s.svar.analyse.sektor.matrise : s.matrise;
      if (matrise === aktiv.matrise) return s.svar;
    }
    const svar = lagAnalyse(kilde, aktiv, ar, sammenligning);
    this.sist = { kilde, ar, sammenligning, matrise: aktiv.matrise, svar };
    return svar;
  }
}

export interface Effekttilstand {
  minne: Analyseminne;
  valg: Effektvalg;
  settValg: (valg: Effektvalg) => void;
  hvaom: Hvaomtilstand;
  sendHvaom: (handling: Hvaomhandling) => void;
}

/** Called once in App: the Effekt view's state lives as long as the taskpane. */
export function useEffekttilstand(): Effekttilstand {
  const [minne] = useState(() => new Analyseminne());
  const [valg, settValg] = useState<Effektvalg>({ kildetype: "alle", ark: null, sammenligning: null });
  const [hvaom, sendHvaom] = useReducer(hvaomReducer, TOM_HVAOM);
  return { minne, valg, settValg, hvaom, sendHvaom };
}
