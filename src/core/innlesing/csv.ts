import Papa from "papaparse";
import { type Celleproblem, TabellFeil } from "../modell/feil";

/** Vår CSV-dialekt: ";" som skilletegn (norsk Excel), desimalkomma i cellene. Tabulatorseparert tekst leses også. */
export const CSV_SKILLETEGN = ";";

/**
 * Kontrolltegn hører ikke hjemme i en CSV-fil (unntatt tabulator, CR og LF); NUL-utfylling, C1-koder fra en
 * feil dekodet fil og U+FFFD (et tegn som allerede er tapt i en feil tegnkoding) avvises.
 */
function erKontrolltegn(kode: number): boolean {
  if (kode === 0x09 || kode === 0x0a || kode === 0x0d) return false;
  return kode < 0x20 || (kode >= 0x7f && kode <= 0x9f) || kode === 0xfffd;
}
const TEGNNAVN = new Map([[0x00, "NUL"], [0x7f, "DEL"], [0xfffd, "erstatningstegnet �"]]);

/** Høyst så mange problemer listes: en ødelagt fil skal ikke drukne det første og mest nyttige. */
const MAKS_PROBLEMER = 20;

/**
 * CSV-tekst → 2D-tabell av strenger, slik Excel ville gitt de samme cellene som tekst. Tomme linjer hoppes over.
 * En fil som ikke kan leses nøyaktig avvises med linjen: et anførselstegn som ikke lukkes eller står feil,
 * en rad med flere eller færre felt enn overskriften, et kontrolltegn (f.eks. NUL), eller en fil som
 * bruker et annet skilletegn enn ";". Kastes som én TabellFeil («CSV-fil») med hvert problem som ble funnet.
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
      // En linje med bare mellomrom er en tom linje, ikke en rad med én celle.
      if (celler.length === 1 && celler[0].trim() === "") return;
      if (resultat.errors.length === 0) rader.push({ celler, linje });
    },
  });
  if (problemer.length === 0) sjekkBredde(rader, problemer);
  if (problemer.length > 0) throw new TabellFeil("CSV-fil", problemer.slice(0, MAKS_PROBLEMER));
  return rader.map((r) => r.celler);
}

/**
 * ";", eller tabulator når første linje har tabulatorer og ingen ";" (Excels «Unicode-tekst» er UTF-16 med
 * tabulatorer). Et komma skiller aldri: det er desimalkommaet.
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

/** Hver rad må ha nøyaktig like mange felt som overskriften: en kort rad ville stille blitt lest som tomme celler. */
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

/** Første tegn i en rad: papaparses markør står etter forrige rad, foran eventuelle tomme linjer som ble hoppet over. */
function forsteTegn(tekst: string, fra: number): number {
  let i = fra;
  while (i < tekst.length && (tekst[i] === "\n" || tekst[i] === "\r")) i++;
  return i;
}

/** Linjenumrene (1-basert; LF, CRLF og en enslig CR avslutter alle en linje) til tegnposisjoner, spurt i stigende rekkefølge. */
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

/** 2D-tabell → CSV-tekst med linjeskift til slutt. */
export function cellerTilCsv(celler: readonly (readonly unknown[])[]): string {
  return Papa.unparse(celler.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)))), {
    delimiter: CSV_SKILLETEGN,
    newline: "\n",
  }) + "\n";
}
