/**
 * Felles deler av kommandolinjen `fikspris`: kommandotypen, norsk tallformatering for teksttabeller,
 * fillesing og argumentkonvertering, scenariofilen og effektanalysens tabeller. Kommandoene deler bare gjennom
 * denne filen, aldri med hverandre (lint-regelen lag/retning). Ingen prislogikk her: den ligger i src/core.
 */
import { readFileSync } from "node:fs";
import {
  andelstekst, type Bandsett, bandtabeller as lagBandtabeller, csvTilCeller, type Enhet, Decimal, dekodTekst, type Fordeling, type Kunde as Effektkunde, kunderFra,
  KUNDETYPENAVN, type Kundetype, lagBandsett, matriseadvarsler, type Matriseadvarsel, PrisFeil, STANDARD_KRONEBAND,
  STANDARD_PRISMATRISE, STANDARD_PROSENTBAND, TabellFeil, tolkBandgrenser, tolkBefolkningsar,
  tolkPrismatrise, tolkScenario, type Prismatrise, type Scenario,
  norskKr as kr, norskProsentendring as prosent, norskTall as tall,
  type Folketall, lesFolketallsfil,
} from "../core";

/** En bruksfeil (ukjent kommando eller valg, manglende valg): avslutningskode 2. */
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

/** En kommandos valg: de som tar en verdi (`--innbyggere 15221`) og brytere uten verdi (`--csv`). */
export function valg(medVerdi: readonly string[], brytere: readonly string[] = []): Record<string, Valgdefinisjon> {
  return Object.fromEntries([
    ...medVerdi.map((navn) => [navn, { type: "string" as const }]),
    ...brytere.map((navn) => [navn, { type: "boolean" as const }]),
  ]);
}

/** Tolkede argumenter som gis til en kommando. */
export interface Argumenter {
  verdier: Record<string, string | boolean | undefined>;
  posisjonelle: string[];
  json: boolean;
}

/** Det en kommando gir: JSON (for --json) og norsk tekst; advarsler går til stderr. */
export interface Resultat {
  json?: unknown;
  tekst: string;
  advarsler?: string[];
}

export interface Kommando {
  navn: string;
  /** Én linje til kommandooversikten. */
  sammendrag: string;
  /** Full norsk hjelpetekst (bruk, valg, eksempel). */
  hjelp: string;
  valg: Record<string, Valgdefinisjon>;
  /** Om kommandoen tar posisjonsargumenter (f.eks. `innbyggere Bodø`). */
  posisjonelle?: boolean;
  /** Kan være asynkron (f.eks. når den skriver en arbeidsbok). */
  kjor(argumenter: Argumenter): Resultat | Promise<Resultat>;
}

/** Verdien av et tekstvalg, eller en bruksfeil som nevner valget når det mangler. */
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
 * Leser en tekstfil oppgitt på kommandolinjen, i den tegnkodingen Excel eller et redigeringsprogram lagret den i
 * (UTF-8 med eller uten BOM, UTF-16 med BOM, Windows-1252); en fil som mangler er en inndatafeil som nevner valget.
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

/** En CSV-fil oppgitt på kommandolinjen, som celler; en ødelagt fil avvises med filen, valget og linjen. */
export function lesCsvfil(sti: string, valg: string): string[][] {
  const tekst = lesTekstfil(sti, valg);
  try {
    return csvTilCeller(tekst);
  } catch (e) {
    if (e instanceof TabellFeil) throw new TabellFeil(`CSV-fil «${sti}» (${valg})`, e.problemer);
    throw e;
  }
}

/** Standardmatrisen for 2025, eller en matrisefil (CSV) i oppsettet `matrise --csv` skriver. */
export function lesMatrise(sti: string | undefined): Prismatrise {
  if (sti === undefined) return STANDARD_PRISMATRISE;
  return tolkPrismatrise(lesCsvfil(sti, "--matrise"));
}

/** Advarslene for en matrise brukeren har gitt (standardmatrisens kjente advarsel viser `matrise`). */
export function filadvarsler(matrise: Prismatrise, sti: string | undefined): string[] {
  if (sti === undefined) return [];
  return matriseadvarsler(matrise).map((a) => (a.celle ? `Celle ${a.celle}: ${a.melding}` : a.melding));
}

/** Tall, kroner og prosent (nb-NO) for tekstutdata: kjernens formatering. */
export { kr, prosent, tall };

/** Decimal → JSON-tall (kroner); null forblir null. */
export function jsonTall(verdi: Decimal | null): number | null {
  return verdi === null ? null : verdi.toNumber();
}

/**
 * En enkel teksttabell: kolonner skilt med to mellomrom, en strek under overskriften,
 * tall (kolonnene merket i `hoyre`) høyrejustert.
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

/** Et helt antall for tekstutdata: 53712 → "53 712". */
export function antall(verdi: number): string {
  return tall(new Decimal(verdi));
}

/** Scenariofilen (--scenario) lest med kjernens tolkScenario; feilene nevner filen. */
export function lesScenario(fil: string, folketall: Folketall | null = null): Scenario {
  return tolkScenario(lesTekstfil(fil, "--scenario"), fil, folketall);
}

/** --scenario og --matrise slik kommandoene som leser et scenario tar dem; advarslene gjelder en egen matrise. */
export function lesScenarioOgMatrise(a: Argumenter): { fil: string; matrise: Prismatrise; advarsler: string[]; scenario: Scenario } {
  const fil = pakrevd(a, "scenario");
  const matrisesti = valgfri(a, "matrise");
  const matrise = lesMatrise(matrisesti);
  return { fil, matrise, advarsler: filadvarsler(matrise, matrisesti), scenario: lesScenario(fil, lesFolketall(a)) };
}

/** Kunden i --json-svarene: {"nummer","navn","kundetype","ar","innbyggere"}; «ar» er null for en kunde uten SSB-tall. */
export function kundeJson({ kunde, ar }: Scenario): { nummer: string | null; navn: string | null; kundetype: Kundetype; ar: number | null; innbyggere: number } {
  const org = kunde.organisasjon;
  return { nummer: org?.nummer ?? null, navn: org?.navn ?? null, kundetype: kunde.kundetype, ar: org ? ar : null, innbyggere: kunde.innbyggere };
}

/** «Bodø (1804), kommune, 53 712 innbyggere», eller kundetypen og innbyggertallet for en kunde uten navn. */
export function kundebeskrivelse({ kunde }: Scenario): string {
  const org = kunde.organisasjon;
  return org
    ? `${org.navn} (${org.nummer}), ${KUNDETYPENAVN[kunde.kundetype].toLowerCase()}, ${antall(kunde.innbyggere)} innbyggere`
    : `${KUNDETYPENAVN[kunde.kundetype]}, ${antall(kunde.innbyggere)} innbyggere`;
}

// ---------- Effektanalysen (effekt, sammenlign, kalibrer og arbeidsbok) ----------

/** `--kunder FIL.csv`, eller `alle`/utelatt: hver kommune og fylkeskommune i de medfølgende dataene. */
export function lesKunder(a: Argumenter, matrise: Prismatrise): Effektkunde[] {
  const sti = valgfri(a, "kunder");
  const folketall = lesFolketall(a);
  const ar = tolkBefolkningsar(valgfri(a, "ar"), "--ar", folketall?.ar);
  if (sti === undefined || sti.trim().toLowerCase() === "alle") return kunderFra("alle", { ar, folketall });
  return kunderFra(lesCsvfil(sti, "--kunder"), { ar, matrise, folketall });
}

/** Én båndtabell per kundetype, som i KS' publiserte tabeller: kjernens båndtabeller (samme regel som ruten og arkene). */
export function bandtabeller(tittel: string, fordelinger: Fordeling[], enhet: Enhet, utenGrunnlag?: string): string {
  return lagBandtabeller(fordelinger, enhet, { utenGrunnlag }).map((t) => {
    const rader = [...t.rader, t.sum].map((r) => [r.navn, r.etikett, String(r.antall), andelstekst(r.andel, (brok) => prosent(brok.times(100)))]);
    return `${tittel} – ${KUNDETYPENAVN[t.kundetype]} (${t.antallKunder} ${t.antallKunder === 1 ? "kunde" : "kunder"})\n${tekstTabell(["Bånd", "Endring", "Antall", "Andel"], rader, [false, false, true, true])}`;
  }).join("\n\n");
}

export function fordelingJson(fordelinger: Fordeling[]) {
  return fordelinger.map((f) => ({
    kundetype: f.kundetype,
    antallKunder: f.antallKunder,
    medGrunnlag: f.medGrunnlag,
    utenGrunnlag: f.utenGrunnlag,
    band: f.band.map((b) => ({ navn: b.navn, etikett: b.etikett, antall: b.antall, andel: jsonTall(b.andel) })),
  }));
}

export function advarselJson(advarsler: Matriseadvarsel[]) {
  return advarsler.map((x) => ({ type: x.type, tjeneste: x.tjeneste, kundetype: x.kundetype, melding: x.melding, kunder: x.kunder }));
}

export function advarselTekst(advarsler: Matriseadvarsel[]): string {
  if (advarsler.length === 0) return "Matriseadvarsler: ingen.";
  return ["Matriseadvarsler:", ...advarsler.map((x) => `  - ${x.melding}`)].join("\n");
}

export function bandvalg(a: Argumenter): { prosentband: Bandsett; kroneband: Bandsett } {
  const p = valgfri(a, "prosentband");
  const k = valgfri(a, "kroneband");
  return {
    prosentband: p === undefined ? STANDARD_PROSENTBAND : lagBandsett("prosent", tolkBandgrenser(p, "--prosentband")),
    kroneband: k === undefined ? STANDARD_KRONEBAND : lagBandsett("kroner", tolkBandgrenser(k, "--kroneband")),
  };
}

/** "+" foran en positiv endring (negative tall har sitt eget fortegn). */
export const pluss = (d: Decimal) => (d.isPositive() && !d.isZero() ? "+" : "");
export const signert = (d: Decimal) => pluss(d) + kr(d);
/** En endring i prosent med fortegn og én desimal, halvt opp: "+7,5 %", "-100,0 %". */
export const endringProsent = (d: Decimal) => `${pluss(d)}${tall(d.toDecimalPlaces(1, Decimal.ROUND_HALF_UP), 1)} %`;

/**
 * «--innbyggerfil FIL»: folketall for år som ikke følger med (det medfølgende CSV-oppsettet, SSBs JSON-stat2 eller
 * Statistikkbankens CSV for tabell 07459; se docs/folketall.md). null uten valget.
 */
export function lesFolketall(a: Argumenter): Folketall | null {
  const sti = valgfri(a, "innbyggerfil");
  return sti === undefined ? null : lesFolketallsfil(lesTekstfil(sti, "--innbyggerfil"), sti);
}
