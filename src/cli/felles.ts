/**
 * Shared pieces of the `fikspris` command line: the command type, Norwegian number formatting for
 * text tables, file reading and argument conversion. No pricing logic here: that lives in src/core.
 */
import { readFileSync } from "node:fs";
import {
  csvTilCeller, Decimal, dekodTekst, matriseadvarsler, PrisFeil, STANDARD_PRISMATRISE, TabellFeil, tolkPrismatrise, type Prismatrise,
  norskKr as kr, norskProsentendring as prosent, norskTall as tall,
} from "../core";

/** A usage error (unknown command or option, missing option): exit code 2. */
export class BrukFeil extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = "BrukFeil";
  }
}

export interface Valgdefinisjon {
  type: "string" | "boolean";
  short?: string;
}

/** Parsed arguments handed to a command. */
export interface Argumenter {
  verdier: Record<string, string | boolean | undefined>;
  posisjonelle: string[];
  json: boolean;
}

/** What a command produces: JSON (for --json) and Norwegian text; warnings go to stderr. */
export interface Resultat {
  json?: unknown;
  tekst: string;
  advarsler?: string[];
}

export interface Kommando {
  navn: string;
  /** One line for the command overview. */
  sammendrag: string;
  /** Full Norwegian help text (usage, options, example). */
  hjelp: string;
  valg: Record<string, Valgdefinisjon>;
  /** Whether the command takes positional arguments (e.g. `innbyggere Bodø`). */
  posisjonelle?: boolean;
  kjor(argumenter: Argumenter): Resultat;
}

/** The value of a string option, or a usage error naming it when it is missing. */
export function pakrevd(a: Argumenter, navn: string): string {
  const verdi = a.verdier[navn];
  if (typeof verdi !== "string") throw new BrukFeil(`Valget «--${navn}» mangler.`);
  return verdi;
}

export function valgfri(a: Argumenter, navn: string): string | undefined {
  const verdi = a.verdier[navn];
  return typeof verdi === "string" ? verdi : undefined;
}

/**
 * Reads a text file given on the command line, in whatever encoding Excel or an editor saved it (UTF-8 with or
 * without BOM, UTF-16 with BOM, Windows-1252); a missing file is an input error naming the option.
 */
export function lesTekstfil(sti: string, valg: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(sti);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    const grunn = kode === "ENOENT" ? "finnes ikke" : kode === "EISDIR" ? "er en mappe" : "kan ikke leses";
    throw new PrisFeil(`Filen «${sti}» (${valg}) ${grunn}.`, "ikke_funnet");
  }
  return dekodTekst(bytes).tekst;
}

/** A CSV file given on the command line as cells; a broken file is refused naming the file, the option and the line. */
export function lesCsvfil(sti: string, valg: string): string[][] {
  const tekst = lesTekstfil(sti, valg);
  try {
    return csvTilCeller(tekst);
  } catch (e) {
    if (e instanceof TabellFeil) throw new TabellFeil(`CSV-fil «${sti}» (${valg})`, e.problemer);
    throw e;
  }
}

/** The default 2025 matrix, or a matrix CSV file in the layout `matrise --csv` writes. */
export function lesMatrise(sti: string | undefined): Prismatrise {
  if (sti === undefined) return STANDARD_PRISMATRISE;
  return tolkPrismatrise(lesCsvfil(sti, "--matrise"));
}

/** Warnings of a user-supplied matrix (the default matrix's known warning is shown by `matrise`). */
export function filadvarsler(matrise: Prismatrise, sti: string | undefined): string[] {
  if (sti === undefined) return [];
  return matriseadvarsler(matrise).map((a) => (a.celle ? `Celle ${a.celle}: ${a.melding}` : a.melding));
}

/** nb-NO number, kroner and percent for text output: the core's formatting. */
export { kr, prosent, tall };

/** Decimal → JSON number (kroner); null stays null. */
export function jsonTall(verdi: Decimal | null): number | null {
  return verdi === null ? null : verdi.toNumber();
}

/**
 * A plain text table: columns separated by two spaces, a line under the header,
 * numbers (columns marked in `hoyre`) right-aligned.
 */
export function tekstTabell(overskrift: string[], rader: string[][], hoyre: boolean[]): string {
  const bredder = overskrift.map((o, k) => Math.max(o.length, ...rader.map((r) => (r[k] ?? "").length)));
  const linje = (celler: string[]) =>
    celler
      .map((c, k) => (hoyre[k] ? c.padStart(bredder[k]) : c.padEnd(bredder[k])))
      .join("  ")
      .trimEnd();
  const strek = bredder.map((b) => "-".repeat(b)).join("  ");
  return [linje(overskrift), strek, ...rader.map(linje)].join("\n");
}

/** A whole count for text output: 53712 → "53 712". */
export function antall(verdi: number): string {
  return tall(new Decimal(verdi));
}
