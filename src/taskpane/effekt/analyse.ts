/**
 * The Effekt view's analysis: the customers, the core's prepared Sektor for the matrix in use, the baseline and the
 * matrix warnings. UI state only: every number comes from the core (tolkKundeliste, alleKunder, lagSektor,
 * matriseadvarsler). The run is synchronous (a few tens of ms for all 371 kommuner and fylkeskommuner, see
 * `npm run bench`), so the view is filled as soon as it opens.
 */
import {
  type Befolkningsar, type Kunde, type Matriseadvarsel, type Prismatrise, STANDARD_PRISMATRISE, type Sektor, TabellFeil,
  type Tjenesteinntekt, alleKunder, formaterProblem, lagSektor, matriseadvarsler, prismatriseTilCeller, tolkKundeliste,
} from "../../core";
import { arkadresse } from "../arkoppsett";
import { iSetning } from "../format";
import { type AktivMatrise, matrisenavn } from "../tilstand";

/** Where the customers come from. */
export type Kundekilde =
  | { type: "alle" }
  /** A range read from the workbook (already parsed: the view shows the parse errors before a run). */
  | { type: "ark"; adresse: string; kunder: Kunde[] };

/** What the change is measured against. */
export type Sammenligning = "dagens_pris" | "standard";

export const SAMMENLIGNINGSTEKST: Record<Sammenligning, string> = {
  dagens_pris: "Dagens pris fra kundelisten (kolonnen «Pris i dag»)",
  standard: "Standard prismatrise 2025",
};

export interface Analyse {
  kunder: readonly Kunde[];
  /** Prepared with the matrix in use when the run started; what-if changes move it (sektor.matrise). */
  sektor: Sektor;
  /** The matrix in use when the run started: "Tilbakestill hva-om" goes back to it. */
  start: AktivMatrise;
  /** The core's warnings for the starting matrix and these customers. */
  advarsler: Matriseadvarsel[];
  /** Revenue per service under the standard 2025 matrix (the "before" column); null when comparing with today's prices. */
  standardinntekt: Tjenesteinntekt[] | null;
  /** "Alle 371 kommuner og fylkeskommuner (SSB, 1. januar 2024)" or "Kundeliste fra Ark1!A1:E12 (10 kunder)". */
  kildetekst: string;
  sammenligning: Sammenligning;
}

export type Analysesvar = { type: "ok"; analyse: Analyse } | { type: "feil"; tittel: string; liste: string[] };

/** Today's prices when the list has them, else the standard 2025 matrix. */
export function standardSammenligning(kilde: Kundekilde): Sammenligning {
  return kilde.type === "ark" && kilde.kunder.some((k) => k.prisIDag !== null) ? "dagens_pris" : "standard";
}

/** Problem list with sheet addresses ("Prismatrise!D7: …"). */
export function problemliste(feil: TabellFeil, omrade: string): string[] {
  return feil.problemer.map((p) => (p.celle ? `${arkadresse(omrade, p.celle)}: ${p.melding}` : formaterProblem(p)));
}

/** Runs the analysis. Core errors (TabellFeil with cell addresses) come back as a list for the view. */
export function lagAnalyse(kilde: Kundekilde, aktiv: AktivMatrise, ar: Befolkningsar, sammenligning: Sammenligning): Analysesvar {
  const kunder = kilde.type === "alle" ? alleKunder(ar) : kilde.kunder;
  try {
    const grunnlinje = sammenligning === "standard" ? { matrise: STANDARD_PRISMATRISE } : sammenligning;
    const sektor = lagSektor(kunder, aktiv.matrise, { grunnlinje });
    return {
      type: "ok",
      analyse: {
        kunder, sektor, start: aktiv, sammenligning,
        advarsler: matriseadvarsler(aktiv.matrise, kunder),
        standardinntekt: sammenligning === "standard" ? lagSektor(kunder, STANDARD_PRISMATRISE).sammendrag().tjenester : null,
        kildetekst: kilde.type === "alle"
          ? `Alle ${kunder.length} kommuner og fylkeskommuner (SSB, 1. januar ${ar})`
          : `Kundeliste fra ${kilde.adresse} (${kunder.length} ${kunder.length === 1 ? "kunde" : "kunder"})`,
      },
    };
  } catch (e) {
    if (!(e instanceof TabellFeil)) throw e;
    const liste = kilde.type === "ark" ? problemliste(e, kilde.adresse) : e.problemer.map((p) => p.melding);
    const hvem = liste.length === 1 ? "kunde kan" : "kunder kan";
    return { type: "feil", tittel: `Analysen kan ikke kjøres: ${liste.length} ${hvem} ikke prises med ${iSetning(matrisenavn(aktiv))}`, liste };
  }
}

/** Same prices as the standard 2025 matrix (a matrix read back unchanged from a sheet counts as the same). */
export function likStandard(matrise: Prismatrise): boolean {
  const celler = (m: Prismatrise) => JSON.stringify(prismatriseTilCeller(m));
  return matrise === STANDARD_PRISMATRISE || celler(matrise) === celler(STANDARD_PRISMATRISE);
}

/** Reads and checks a customer table from cells (throws the core's TabellFeil with every problem). */
export function kunderFraCeller(verdier: unknown[][], matrise: Prismatrise, ar: Befolkningsar): Kunde[] {
  return tolkKundeliste(verdier, { matrise, ar });
}
