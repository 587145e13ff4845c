/**
 * The Effekt view's run of the analysis, in steps with progress so the taskpane stays responsive.
 * UI state only: every number comes from the core (tolkKundeliste, alleKunder, lagSektor, matriseadvarsler).
 */
import {
  type Befolkningsar, type Effektsammendrag, type Grunnlinje, type Kunde, type Matriseadvarsel, type Prismatrise, type Sektor,
  STANDARD_PRISMATRISE, alleKunder, lagSektor, matriseadvarsler, tolkKundeliste,
} from "../../core";

/** Where the customers come from. */
export type Kundekilde =
  | { type: "alle" }
  /** A range read from the workbook (already parsed: the view shows the parse errors before a run). */
  | { type: "ark"; adresse: string; kunder: Kunde[] };

/** What the change is measured against, as offered in the view. */
export type Sammenligning = "dagens_pris" | "startmatrise" | "standard";

export const SAMMENLIGNINGSTEKST: Record<Sammenligning, string> = {
  dagens_pris: "Dagens pris fra kundelisten (kolonnen «Pris i dag»)",
  startmatrise: "Prismatrisen i bruk nå (viser effekten av hva-om-endringene)",
  standard: "Standard prismatrise 2025",
};

export interface Analyse {
  kunder: readonly Kunde[];
  sektor: Sektor;
  /** The summary right after the run (the view keeps the current one after what-if changes). */
  sammendrag: Effektsammendrag;
  /** The core's warnings for the matrix and these customers. */
  advarsler: Matriseadvarsel[];
  /** "Alle 371 kommuner og fylkeskommuner (SSB, 1. januar 2024)" or "Kundeliste fra Ark1!A1:E12 (10 kunder)". */
  kildetekst: string;
  sammenligning: Sammenligning;
  /** Measured run time of the core steps, ms. */
  millisekunder: number;
}

export type Fremdrift = (andel: number, melding: string) => void;

/** Lets the browser paint the progress bar between steps. */
export const pust = () => new Promise<void>((ferdig) => setTimeout(ferdig, 0));

export function standardSammenligning(kilde: Kundekilde, matriseFraArk: boolean): Sammenligning {
  if (kilde.type === "ark" && kilde.kunder.some((k) => k.prisIDag !== null)) return "dagens_pris";
  return matriseFraArk ? "standard" : "startmatrise";
}

function grunnlinje(s: Sammenligning): Grunnlinje {
  return s === "standard" ? { matrise: STANDARD_PRISMATRISE } : s;
}

/**
 * Runs the effect analysis in four steps (customers, prices of every line, bands and totals, matrix warnings),
 * yielding to the browser between them. Core errors (TabellFeil with cell addresses) are thrown unchanged.
 */
export async function kjorAnalyse(
  kilde: Kundekilde, matrise: Prismatrise, ar: Befolkningsar, sammenligning: Sammenligning, fremdrift: Fremdrift,
): Promise<Analyse> {
  const start = performance.now();
  fremdrift(0.05, "Henter kundene …");
  await pust();
  const kunder = kilde.type === "alle" ? alleKunder(ar) : kilde.kunder;
  const kildetekst = kilde.type === "alle"
    ? `Alle ${kunder.length} kommuner og fylkeskommuner (SSB, 1. januar ${ar})`
    : `Kundeliste fra ${kilde.adresse} (${kunder.length} ${kunder.length === 1 ? "kunde" : "kunder"})`;
  fremdrift(0.15, `Priser alle tjenestene for ${kunder.length} kunder …`);
  await pust();
  const sektor = lagSektor(kunder, matrise, { grunnlinje: grunnlinje(sammenligning) });
  fremdrift(0.7, "Fordeler kundene i band og summerer inntektene …");
  await pust();
  const sammendrag = sektor.sammendrag();
  fremdrift(0.85, "Kontrollerer prismatrisen mot kundene …");
  await pust();
  const advarsler = matriseadvarsler(matrise, kunder);
  fremdrift(1, "Ferdig.");
  return { kunder, sektor, sammendrag, advarsler, kildetekst, sammenligning, millisekunder: performance.now() - start };
}

/** Reads and checks a customer table from cells (throws the core's TabellFeil with every problem). */
export function kunderFraCeller(verdier: unknown[][], matrise: Prismatrise, ar: Befolkningsar): Kunde[] {
  return tolkKundeliste(verdier, { matrise, ar });
}
