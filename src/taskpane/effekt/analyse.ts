/**
 * Effekt-fanens analyse: kundene, kjernens klargjorte Sektor for matrisen i bruk, sammenligningsgrunnlaget og
 * matriseadvarslene. Bare tilstand for ruten: hvert tall kommer fra kjernen (tolkKundeliste, alleKunder, lagSektor,
 * matriseadvarsler). Kjøringen er synkron (noen titalls ms for alle 371 kommuner og fylkeskommuner, se
 * `npm run bench`), så fanen er fylt ut med en gang den åpnes.
 */
import {
  type Befolkningsar, type Folketall, type Kunde, type Matriseadvarsel, type Prismatrise, STANDARD_PRISMATRISE, type Sektor, TabellFeil,
  type Tjenesteinntekt, alleKunder, lagSektor, matriseadvarsler, prismatriseTilCeller, tolkKundeliste,
} from "../../core";
import { folketallskilde } from "../felles/Befolkningsarvalg";
import { problemliste } from "../felles/problemliste";
import { iSetning } from "../felles/format";
import { type AktivMatrise, matrisenavn } from "../felles/tilstand";

/** Hvor kundene kommer fra. */
export type Kundekilde =
  | { type: "alle" }
  /** Et område lest fra arbeidsboken (allerede tolket: fanen viser feilene i listen før en analyse). */
  | { type: "ark"; adresse: string; kunder: Kunde[] };

/** Hva endringen måles mot. */
export type Sammenligning = "dagens_pris" | "standard";

export const SAMMENLIGNINGSTEKST: Record<Sammenligning, string> = {
  dagens_pris: "Dagens pris fra kundelisten (kolonnen «Pris i dag»)",
  standard: "Standard prismatrise 2025",
};

export interface Analyse {
  kunder: readonly Kunde[];
  /** Klargjort med matrisen i bruk da analysen startet; hva-om-endringer flytter den (sektor.matrise). */
  sektor: Sektor;
  /** Matrisen i bruk da analysen startet: «Tilbakestill hva-om» går tilbake til den. */
  start: AktivMatrise;
  /** Kjernens advarsler for startmatrisen og disse kundene. */
  advarsler: Matriseadvarsel[];
  /** Inntekt per tjeneste med standard prismatrise 2025 («før»); null når det sammenlignes med dagens pris. */
  standardinntekt: Tjenesteinntekt[] | null;
  /** «Alle 371 kommuner og fylkeskommuner (SSB, 1. januar 2024)» eller «Kundeliste fra Ark1!A1:E12 (10 kunder)». */
  kildetekst: string;
  sammenligning: Sammenligning;
}

export type Analysesvar = { type: "ok"; analyse: Analyse } | { type: "feil"; tittel: string; liste: string[] };

/** Dagens pris når listen har den, ellers standard prismatrise 2025. */
export function standardSammenligning(kilde: Kundekilde): Sammenligning {
  return kilde.type === "ark" && kilde.kunder.some((k) => k.prisIDag !== null) ? "dagens_pris" : "standard";
}

/** Befolkningsåret og en innlest folketallsfil («Les inn folketall»), som vinner for sine år. */
export interface Befolkning {
  ar: Befolkningsar;
  folketall: Folketall | null;
}

/** Kjører analysen. Feil fra kjernen (TabellFeil med celleadresser) kommer tilbake som en liste for fanen. */
export function lagAnalyse(kilde: Kundekilde, aktiv: AktivMatrise, { ar, folketall }: Befolkning, sammenligning: Sammenligning): Analysesvar {
  const kunder = kilde.type === "alle" ? alleKunder(ar, folketall) : kilde.kunder;
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
          ? `Alle ${kunder.length} kommuner og fylkeskommuner (${folketallskilde(ar, folketall)}, 1. januar ${ar})`
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

/** Samme priser som standard prismatrise 2025 (en matrise lest uendret tilbake fra et ark teller som den samme). */
export function likStandard(matrise: Prismatrise): boolean {
  const celler = (m: Prismatrise) => JSON.stringify(prismatriseTilCeller(m));
  return matrise === STANDARD_PRISMATRISE || celler(matrise) === celler(STANDARD_PRISMATRISE);
}

/** Leser og kontrollerer en kundeliste fra celler (kaster kjernens TabellFeil med hver feil). */
export function kunderFraCeller(verdier: unknown[][], matrise: Prismatrise, { ar, folketall }: Befolkning): Kunde[] {
  return tolkKundeliste(verdier, { matrise, ar, folketall });
}
