/**
 * The spreadsheet functions the portable workbook may use: each exists with the same meaning in Excel 2016,
 * Excel on the web, LibreOffice Calc and Google Sheets (no LET, LAMBDA, XLOOKUP, dynamic arrays or macros).
 * docs/arbeidsbok.md says why each one is safe; a test checks every formula of every plan against this list.
 */
import type { Arbeidsbokplan } from "./plan";
import { formler } from "./plan";

export const TILLATTE_FUNKSJONER = [
  "AND", "COUNTIF", "COUNTIFS", "FIXED", "IF", "IFERROR", "INDEX", "ISNUMBER", "MATCH", "NOT", "OR", "ROUND", "SUBSTITUTE", "SUM",
] as const;

/** Names in Norwegian Excel, for the Les meg sheet. */
export const NORSKE_NAVN: Record<(typeof TILLATTE_FUNKSJONER)[number], string> = {
  AND: "OG", COUNTIF: "ANTALL.HVIS", COUNTIFS: "ANTALL.HVIS.SETT", FIXED: "FASTSATT", IF: "HVIS", IFERROR: "HVISFEIL",
  INDEX: "INDEKS", ISNUMBER: "ERTALL", MATCH: "SAMMENLIGNE", NOT: "IKKE", OR: "ELLER", ROUND: "AVRUND", SUBSTITUTE: "BYTT.UT",
  SUM: "SUMMER",
};

/** Every function name called in a formula text (a name followed by "("; text inside quotes is skipped). */
export function funksjonerI(formel: string): string[] {
  const utenTekst = formel.replace(/"(?:[^"]|"")*"/g, '""');
  return [...utenTekst.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

/** The sorted set of functions a plan's formulas use. */
export function brukteFunksjoner(plan: Arbeidsbokplan): string[] {
  return [...new Set(formler(plan).flatMap((f) => funksjonerI(f.formel)))].sort();
}
