/**
 * Regnearkfunksjonene den frittstående arbeidsboken kan bruke: hver finnes med samme betydning i Excel 2016, Excel
 * på nettet, LibreOffice Calc og Google Regneark (ingen LET, LAMBDA, XLOOKUP, dynamiske matriser eller makroer).
 * docs/arbeidsbok.md forklarer hvorfor hver er trygg; en test sjekker hver formel i hver plan mot listen.
 */
import type { Arbeidsbokplan } from "../ark/modell";
import { formler } from "../ark/modell";

export const TILLATTE_FUNKSJONER = [
  "AND", "COUNTIF", "COUNTIFS", "FIXED", "IF", "IFERROR", "INDEX", "INT", "ISNUMBER", "MATCH", "NOT", "OR", "ROUND", "SUBSTITUTE", "SUM",
] as const;

/** Navnene i norsk Excel, til arket Les meg. */
export const NORSKE_NAVN: Record<(typeof TILLATTE_FUNKSJONER)[number], string> = {
  AND: "OG", COUNTIF: "ANTALL.HVIS", COUNTIFS: "ANTALL.HVIS.SETT", FIXED: "FASTSATT", IF: "HVIS", IFERROR: "HVISFEIL",
  INDEX: "INDEKS", INT: "HELTALL", ISNUMBER: "ERTALL", MATCH: "SAMMENLIGNE", NOT: "IKKE", OR: "ELLER", ROUND: "AVRUND", SUBSTITUTE: "BYTT.UT",
  SUM: "SUMMER",
};

/** Hvert funksjonsnavn som kalles i en formeltekst (et navn fulgt av «(»; tekst i anførselstegn hoppes over). */
export function funksjonerI(formel: string): string[] {
  const utenTekst = formel.replace(/"(?:[^"]|"")*"/g, '""');
  return [...utenTekst.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

/** Den sorterte mengden funksjoner som formlene i en plan bruker. */
export function brukteFunksjoner(plan: Arbeidsbokplan): string[] {
  return [...new Set(formler(plan).flatMap((f) => funksjonerI(f.formel)))].sort();
}
