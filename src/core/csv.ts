import Papa from "papaparse";
import { type Celleproblem, TabellFeil } from "./feil";

/** Our CSV dialect: ";" as separator (Norwegian Excel), decimal comma inside the cells. Tab-separated text is read too. */
export const CSV_SKILLETEGN = ";";

/**
 * Control characters have no place in a CSV file (tab, CR and LF excepted); NUL padding, C1 codes from a
 * wrongly decoded file and U+FFFD (a character already lost to a wrong encoding) are refused.
 */
function erKontrolltegn(kode: number): boolean {
  if (kode === 0x09 || kode === 0x0a || kode === 0x0d) return false;
  return kode < 0x20 || (kode >= 0x7f && kode <= 0x9f) || kode === 0xfffd;
}
const TEGNNAVN = new Map([[0x00, "NUL"], [0x7f, "DEL"], [0xfffd, "erstatningstegnet �"]]);

/** At most this many problems are listed: a broken file should not drown the first, most useful one. */
const MAKS_PROBLEMER = 20;

/**
 * CSV text → 2-D array of strings, as Excel would hand over the same cells as text. Empty lines are skipped.
 * A file that cannot be read exactly is refused, naming the line: an unterminated or misplaced quote,
 * a row with more or fewer fields than the header, a control character (e.g. NUL), or a file that
 * uses another separator than ";". Thrown as one TabellFeil («CSV-fil») with every problem found.
 */
export function csvTilCeller(tekst: string): string[][] {
  const ren = tekst.replace(/^\uFEFF/, "");
  const linjer = new Linjeteller(ren);
  const problemer = kontrolltegn(ren, linjer);
  if (problemer.length > 0) throw new TabellFeil("CSV-fil", problemer);

  const rader: { celler: string[]; linje: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(ren, {
    delimiter: skilletegn(ren),
    skipEmptyLines: true,
    step: (resultat) => {
      const linje = linjer.linjeVed(forsteTegn(ren, start));
      start = resultat.meta.cursor;
      for (const feil of resultat.errors) {
        const feillinje = feil.index === undefined ? linje : linjer.linjeVed(feil.index);
        problemer.push({ celle: "", melding: `Linje ${feillinje}: ${sitatfeil(feil.code)}` });
      }
      const celler = resultat.data;
      // A line of blanks only (spaces) is an empty line, not a row of one cell.
      if (celler.length === 1 && celler[0].trim() === "") return;
      if (resultat.errors.length === 0) rader.push({ celler, linje });
    },
  });
  if (problemer.length === 0) sjekkBredde(rader, problemer);
  if (problemer.length > 0) throw new TabellFeil("CSV-fil", problemer.slice(0, MAKS_PROBLEMER));
  return rader.map((r) => r.celler);
}

/**
 * ";", or tab when the first line has tabs and no ";" (Excel's «Unicode-tekst» is UTF-16 with tabs).
 * A comma never separates: it is the decimal comma.
 */
function skilletegn(tekst: string): string {
  const forste = /[^\r\n]*\S[^\r\n]*/.exec(tekst)?.[0] ?? "";
  return !forste.includes(CSV_SKILLETEGN) && forste.includes("\t") ? "\t" : CSV_SKILLETEGN;
}

function sitatfeil(kode: string): string {
  if (kode === "MissingQuotes") {
    return "et felt åpnes med anførselstegn («\"») som aldri lukkes; resten av filen ville blitt lest som én celle.";
  }
  return "feil bruk av anførselstegn («\"»): et felt i anførselstegn må slutte med \" rett før ; eller linjeskift (skriv \"\" for et anførselstegn inni feltet).";
}

/** Every row must have exactly as many fields as the header: a short row would silently read as blanks. */
function sjekkBredde(rader: { celler: string[]; linje: number }[], problemer: Celleproblem[]): void {
  if (rader.length === 0) return;
  const [overskrift, ...resten] = rader;
  const bredde = overskrift.celler.length;
  if (bredde === 1 && rader.length > 1) {
    if (overskrift.celler[0].includes(",")) {
      problemer.push({
        celle: "",
        melding: `Linje ${overskrift.linje}: filen ser ut til å bruke komma som skilletegn; bare semikolon og tabulator leses (i Excel: lagre som «CSV (semikolon-separert)»).`,
      });
      return;
    }
  }
  for (const rad of resten) {
    if (rad.celler.length !== bredde) {
      problemer.push({
        celle: "",
        melding: `Linje ${rad.linje} har ${rad.celler.length} felt, men overskriftsraden (linje ${overskrift.linje}) har ${bredde}: kontroller semikolonene på linjen.`,
      });
    }
  }
}

function kontrolltegn(tekst: string, linjer: Linjeteller): Celleproblem[] {
  const problemer: Celleproblem[] = [];
  for (let i = 0; i < tekst.length && problemer.length < MAKS_PROBLEMER; i++) {
    const kode = tekst.charCodeAt(i);
    if (!erKontrolltegn(kode)) continue;
    const navn = TEGNNAVN.get(kode);
    const hex = `U+${kode.toString(16).toUpperCase().padStart(4, "0")}`;
    problemer.push({
      celle: "",
      melding: `Linje ${linjer.linjeVed(i)}: kontrolltegnet ${hex}${navn ? ` (${navn})` : ""} hører ikke hjemme i en CSV-fil; lagre filen som tekst fra Excel på nytt.`,
    });
  }
  return problemer;
}

/** The first character of a row: papaparse's cursor stands after the previous row, before any skipped empty lines. */
function forsteTegn(tekst: string, fra: number): number {
  let i = fra;
  while (i < tekst.length && (tekst[i] === "\n" || tekst[i] === "\r")) i++;
  return i;
}

/** Line numbers (1-based; LF, CRLF and lone CR all end a line) of character positions, asked in increasing order. */
class Linjeteller {
  private posisjon = 0;
  private linje = 1;
  constructor(private readonly tekst: string) {}

  linjeVed(indeks: number): number {
    if (indeks < this.posisjon) {
      this.posisjon = 0;
      this.linje = 1;
    }
    for (; this.posisjon < indeks && this.posisjon < this.tekst.length; this.posisjon++) {
      const tegn = this.tekst[this.posisjon];
      if (tegn === "\n" || (tegn === "\r" && this.tekst[this.posisjon + 1] !== "\n")) this.linje++;
    }
    return this.linje;
  }
}

/** 2-D array → CSV text with a trailing newline. */
export function cellerTilCsv(celler: readonly (readonly unknown[])[]): string {
  return Papa.unparse(celler.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)))), {
    delimiter: CSV_SKILLETEGN,
    newline: "\n",
  }) + "\n";
}
