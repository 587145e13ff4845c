/**
 * Effekt-fanens tilstand, eid av appen (én per oppgaverute, ikke per modul): kundekilden, sammenligningen, siste
 * analyse og hva-om-panelet. Bytte av fane beholder dem; en endring av matrisen gjort et annet sted (Prismatrise,
 * «Tilbakestill til 2025») eller av befolkningsåret gir en ny analyse.
 */
import { useReducer, useState } from "react";
import type { AktivMatrise } from "../felles/tilstand";
import type { Analysesvar, Befolkning, Kundekilde, Sammenligning, lagAnalyse } from "./analyse";
import { type Hvaomhandling, type Hvaomtilstand, TOM_HVAOM, hvaomReducer } from "./hvaom";

export type Arkkilde = Extract<Kundekilde, { type: "ark" }>;

export interface Effektvalg {
  kildetype: Kundekilde["type"];
  /** Kundelisten lest fra arket, beholdt mens «alle» er valgt. */
  ark: Arkkilde | null;
  /** null: standard for kilden (standardSammenligning). */
  sammenligning: Sammenligning | null;
}

export const ALLE: Kundekilde = { type: "alle" };

/** Kundene som skal analyseres, eller null når «fra arket» er valgt og ingen liste er lest ennå. */
export function valgtKilde(valg: Effektvalg): Kundekilde | null {
  return valg.kildetype === "alle" ? ALLE : valg.ark;
}

/**
 * Husker én analyse: samme kilde, år, folketallsfil og sammenligning, så lenge sektorens matrise er den som er i bruk.
 */
export class Analyseminne {
  private sist: { kilde: Kundekilde; befolkning: Befolkning; sammenligning: Sammenligning; matrise: AktivMatrise["matrise"]; svar: Analysesvar } | null = null;

  /** `lag` er analyse.ts' lagAnalyse, gitt av Effekt-fanen: appen som eier minnet, laster ikke analysen før fanen åpnes. */
  hent(kilde: Kundekilde, aktiv: AktivMatrise, befolkning: Befolkning, sammenligning: Sammenligning, lag: typeof lagAnalyse): Analysesvar {
    const s = this.sist;
    const sammeBefolkning = s && s.befolkning.ar === befolkning.ar && s.befolkning.folketall === befolkning.folketall;
    if (s && sammeBefolkning && s.kilde === kilde && s.sammenligning === sammenligning) {
      const matrise = s.svar.type === "ok" ? s.svar.analyse.sektor.matrise : s.matrise;
      if (matrise === aktiv.matrise) return s.svar;
    }
    const svar = lag(kilde, aktiv, befolkning, sammenligning);
    this.sist = { kilde, befolkning, sammenligning, matrise: aktiv.matrise, svar };
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

/** Kalles én gang i App: Effekt-fanens tilstand lever like lenge som oppgaveruten. */
export function useEffekttilstand(): Effekttilstand {
  const [minne] = useState(() => new Analyseminne());
  const [valg, settValg] = useState<Effektvalg>({ kildetype: "alle", ark: null, sammenligning: null });
  const [hvaom, sendHvaom] = useReducer(hvaomReducer, TOM_HVAOM);
  return { minne, valg, settValg, hvaom, sendHvaom };
}
