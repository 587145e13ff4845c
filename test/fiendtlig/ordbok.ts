/**
 * Ordboken over inndata: realistiske norske og fiendtlige verdier, hver med felttypen den skrives i og utfallet den
 * må få. Data, ikke tester: funksjonsbunten og kommandolinjen kjøres mot den i ordbok.test.ts, oppgaverutens felt
 * mot den samme listen. Utfallene er de dokumenterte reglene for inndata («Regler for inndata»), ikke det koden
 * tilfeldigvis gjør.
 *
 * Tall: mellomrom, hardt mellomrom (U+00A0), smalt hardt mellomrom (U+202F) og tynt mellomrom (U+2009) skiller
 * tusener, bare i grupper på tre; desimalkomma; «kr» foran eller bak og «,-» bak for beløp; «%» bare der en prosent
 * passer. Punktum: tvetydig (avvist med begge lesningene) når det er nøyaktig ett punktum fulgt av nøyaktig tre
 * sifre og første gruppe er 1–3 sifre som ikke starter med 0 («1.000», «10.000»); ellers tusenskille der det er
 * entydig («1.234.567», «1.234,50») og desimaltegn der det er entydig («0.636», «1.5», «1234.567»).
 */
import { readFileSync } from "node:fs";
import { utf16, utf8, windows1252 } from "../hjelpere/tegnkoding";

type Felt =
  /** Innbyggertall: heltall 0–100 000 000. */
  | "innbyggere"
  /** SvarUt-volum per år: heltall 0–100 000 000; tomt = 0. */
  | "volum"
  /** Beløp i kroner (eksisterende pris, fastpris): 0–100 000 000. */
  | "belop"
  /** Innbyggerpris, kroner per innbygger: 0–10 000. */
  | "innbyggerpris"
  /** Størrelsesjustering: 0 ≤ a < 1 (prosent passer: «30 %» = 0,3). */
  | "justering"
  /** Antall desimaler i svaret: heltall 0–10; tomt = 0. */
  | "desimaler"
  | "tjeneste"
  | "kundetype"
  | "organisasjon"
  /** En hel prismatrise som fil (bytes), slik `--matrise FIL` leser den. */
  | "csv-matrise";

export type Utfall =
  /** Godtatt som dette tallet (det samme som tallet gitt som tall). */
  | { type: "tall"; verdi: number }
  /** Avvist med en norsk melding som nevner hver av tekstene (mellomrom av alle slag regnes som vanlige). */
  | { type: "avvist"; nevner: readonly string[] }
  /** Gjenkjent som dette navnet (tjeneste: kanonisk navn; kundetype: koden; organisasjon: SSB-navnet). */
  | { type: "navn"; verdi: string }
  /** Ukjent navn, med dette forslaget («Mente du …?»), eller uten forslag (null). */
  | { type: "ukjent"; forslag: string | null }
  /** En matrisefil som gir nøyaktig den publiserte matrisen. */
  | { type: "som-standard" };

/** Gruppene av funn ordboken dekker (punktum, prosent, volum …), pluss norske tallformer og grenser. */
type Gruppe =
  | "punktum"
  | "prosent"
  | "volum"
  | "grenser"
  | "prototypenavn"
  | "csv"
  | "KS-navn"
  | "ASCII"
  | "tallformer"
  | "tall som tall"
  | "andre navn";

export interface Tilfelle {
  inndata: string | number | Uint8Array;
  felt: Felt;
  utfall: Utfall;
  gruppe: Gruppe;
  /** Hvorfor utfallet er riktig, kort. */
  hvorfor: string;
}

const tall = (verdi: number): Utfall => ({ type: "tall", verdi });
const avvist = (...nevner: string[]): Utfall => ({ type: "avvist", nevner });
const navn = (verdi: string): Utfall => ({ type: "navn", verdi });
const ukjent = (forslag: string | null = null): Utfall => ({ type: "ukjent", forslag });
/** «1.000»-typen: meldingen nevner begge lesningene. */
const tvetydig = (tusen: string, desimal: string): Utfall => avvist(tusen, desimal);

type Rad = [inndata: string | number, utfall: Utfall, gruppe: Gruppe, hvorfor: string];
const felt = (f: Felt, rader: Rad[]): Tilfelle[] =>
  rader.map(([inndata, utfall, gruppe, hvorfor]) => ({ inndata, felt: f, utfall, gruppe, hvorfor }));

const PROTOTYPENAVN = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "toLocaleString"];

const INNBYGGERE = felt("innbyggere", [
  ["15221", tall(15221), "tallformer", "sifre"],
  ["15 221", tall(15221), "tallformer", "mellomrom som tusenskille"],
  ["15\u00a0221", tall(15221), "tallformer", "hardt mellomrom (Excel på norsk Windows)"],
  ["15\u202f221", tall(15221), "tallformer", "smalt hardt mellomrom (nyere norsk tallformat)"],
  ["15\u2009221", tall(15221), "tallformer", "tynt mellomrom"],
  [" 53712 ", tall(53712), "tallformer", "mellomrom rundt"],
  ["1 000 000", tall(1_000_000), "tallformer", "flere grupper"],
  ["1 5", avvist("1 5"), "tallformer", "mellomrom uten en gruppe på tre sifre"],
  ["15 2210", avvist("15 2210"), "tallformer", "gruppe på fire sifre"],
  ["10.000", tvetydig("10 000", "10"), "punktum", "ti tusen eller ti: «10.000» er sett brukt om 10"],
  ["1.000", tvetydig("1 000", "1"), "punktum", "tusen eller én"],
  ["3.000", tvetydig("3 000", "3"), "punktum", "tre tusen eller tre"],
  ["100.000", tvetydig("100 000", "100"), "punktum", "hundre tusen eller hundre"],
  ["1.234.567", tall(1_234_567), "punktum", "to punktum: bare tusenskille gir mening"],
  ["0.5", avvist("0.5"), "punktum", "entydig desimaltall, men ikke et heltall"],
  ["1,000", avvist("1,000"), "tallformer", "desimalkomma: én, og ikke et heltall å telle innbyggere med"],
  ["1,5", avvist("1,5"), "tallformer", "ikke et heltall"],
  ["1,234.50", avvist("1,234.50"), "punktum", "engelsk skrivemåte"],
  ["-5", avvist("-5"), "grenser", "negativt"],
  ["\u22125", avvist("5"), "grenser", "negativt med minustegn U+2212"],
  ["100000001", avvist("100 000 000"), "grenser", "over øvre grense"],
  ["100 000 000", tall(100_000_000), "grenser", "øvre grense er med"],
  ["0", tall(0), "grenser", "nedre grense er med"],
  ["abc", avvist("abc"), "tallformer", "ikke et tall"],
  ["30 %", avvist("30 %"), "prosent", "prosent passer ikke for innbyggere"],
  ["15 221 kr", tall(15221), "tallformer", "«kr» er overflødig her, men tallet er entydig (kjernens leser godtar kr i alle tallfelt)"],
  ["\u0661\u0662\u0663", avvist("\u0661\u0662\u0663"), "tallformer", "arabisk-indiske sifre"],
  ["1e5", avvist("1e5"), "tallformer", "eksponentform er ikke norsk tallskrift"],
  [15221, tall(15221), "tall som tall", "et tall fra en celle leses ikke på nytt"],
  [15221.5, avvist(), "tall som tall", "ikke et heltall"],
  [-1, avvist(), "tall som tall", "negativt"],
  [1e9, avvist("100 000 000"), "tall som tall", "over øvre grense"],
]);

const VOLUM = felt("volum", [
  ["1000", tall(1000), "tallformer", "sifre"],
  ["1 000", tall(1000), "tallformer", "mellomrom som tusenskille"],
  ["20\u00a0000", tall(20_000), "tallformer", "hardt mellomrom"],
  ["", tall(0), "tallformer", "tomt volum er 0"],
  ["1.000", tvetydig("1 000", "1"), "punktum", "SvarUt-volum med punktum: samme regel som alle andre felt"],
  ["1.234.567", tall(1_234_567), "punktum", "entydig tusenskille"],
  ["-3", avvist("-3"), "volum", "negativt volum ble stille 0 i oppgaveruten"],
  ["1,5", avvist("1,5"), "volum", "halve forsendelser ble stille 0 i oppgaveruten"],
  ["100000001", avvist("100 000 000"), "grenser", "over øvre grense"],
  ["100 000 000", tall(100_000_000), "grenser", "øvre grense er med"],
  ["30 %", avvist("30 %"), "prosent", "prosent passer ikke for et antall"],
  [50_000, tall(50_000), "tall som tall", "et tall fra en celle"],
  [1.5, avvist(), "tall som tall", "ikke et heltall"],
  [-3, avvist(), "tall som tall", "negativt"],
]);

const BELOP = felt("belop", [
  ["41000", tall(41_000), "tallformer", "sifre"],
  ["41 000", tall(41_000), "tallformer", "mellomrom som tusenskille"],
  ["41 000 kr", tall(41_000), "tallformer", "kr bak"],
  ["kr 41 000", tall(41_000), "tallformer", "kr foran"],
  ["41 000,-", tall(41_000), "tallformer", "hele kroner skrevet «,-»"],
  ["41\u00a0000 kr", tall(41_000), "tallformer", "hardt mellomrom og kr"],
  ["41000,50", tall(41_000.5), "tallformer", "desimalkomma"],
  ["1 234,50", tall(1234.5), "tallformer", "tusenskille og desimalkomma"],
  ["1.234,50", tall(1234.5), "punktum", "punktum og komma: punktum er entydig tusenskille"],
  ["1,000", tvetydig("1 000", "1"), "tallformer", "desimalkomma (én krone) eller engelsk tusenskille (tusen kroner)"],
  ["1.000", tvetydig("1 000", "1"), "punktum", "eksisterende pris 1.000 ga 1 kr og +12 658 900 %"],
  ["3.000", tvetydig("3 000", "3"), "punktum", "fastpris 3.000 i en matrisecelle ga 3 kr"],
  ["10.000", tvetydig("10 000", "10"), "punktum", "ti tusen eller ti"],
  ["0.636", tall(0.636), "punktum", "første gruppe 0: entydig desimaltall"],
  ["1.5", tall(1.5), "punktum", "ett siffer etter punktum: entydig desimaltall"],
  ["1234.567", tall(1234.567), "punktum", "fire sifre foran punktum: entydig desimaltall"],
  ["1,234.50", avvist("1,234.50"), "punktum", "engelsk skrivemåte"],
  ["99999999999999999999999", avvist("100 000 000"), "grenser", "ble vist som 100 000 000 000 000 000 000 000 kr"],
  ["100 000 000", tall(100_000_000), "grenser", "øvre grense er med"],
  ["100 000 001", avvist("100 000 000"), "grenser", "over øvre grense"],
  ["-5", avvist("-5"), "grenser", "negativ pris"],
  ["\u22125", avvist("5"), "grenser", "negativ pris med minustegn U+2212"],
  ["30 %", avvist("30 %"), "prosent", "prosent passer ikke for et beløp"],
  ["abc", avvist("abc"), "tallformer", "ikke et tall"],
  [41_000, tall(41_000), "tall som tall", "et tall fra en celle"],
  [41_000.5, tall(41_000.5), "tall som tall", "øre er lov i et beløp"],
  [1e23, avvist("100 000 000"), "tall som tall", "over øvre grense"],
  [-1, avvist(), "tall som tall", "negativt"],
]);

const INNBYGGERPRIS = felt("innbyggerpris", [
  ["0,636", tall(0.636), "tallformer", "desimalkomma, som i matrisen"],
  ["0.636", tall(0.636), "punktum", "første gruppe 0: entydig desimaltall"],
  ["1,2", tall(1.2), "tallformer", "desimalkomma"],
  ["1.5", tall(1.5), "punktum", "entydig desimaltall"],
  ["0,636 kr", tall(0.636), "tallformer", "kr bak et beløp"],
  ["1.200", tvetydig("1 200", "1,2"), "punktum", "tusen to hundre eller én komma to"],
  ["10 000", tall(10_000), "grenser", "øvre grense er med"],
  ["10001", avvist("10 000"), "grenser", "over øvre grense"],
  ["-0,5", avvist("0,5"), "grenser", "negativ"],
  ["30 %", avvist("30 %"), "prosent", "prosent passer ikke for en innbyggerpris"],
  [0.636, tall(0.636), "tall som tall", "et tall fra en celle"],
  [10_001, avvist("10 000"), "tall som tall", "over øvre grense"],
]);

const JUSTERING = felt("justering", [
  ["30 %", tall(0.3), "prosent", "prosent"],
  ["30%", tall(0.3), "prosent", "prosent uten mellomrom"],
  ["30\u00a0%", tall(0.3), "prosent", "hardt mellomrom foran % (Excel på norsk Windows)"],
  ["0,3", tall(0.3), "prosent", "andel med desimalkomma, som hjelpeteksten sier"],
  ["0.3", tall(0.3), "punktum", "andel med entydig desimalpunktum"],
  ["0,3 %", tall(0.003), "prosent", "null komma tre prosent"],
  ["0 %", tall(0), "grenser", "nedre grense er med"],
  ["99,9 %", tall(0.999), "grenser", "under 100 %"],
  ["100 %", avvist("100 %"), "grenser", "100 % og mer er ikke lov"],
  ["1", avvist("100 %"), "grenser", "andelen 1 er 100 %"],
  ["-10 %", avvist("-10 %"), "grenser", "negativ"],
  ["\u221210 %", avvist("10 %"), "grenser", "negativ med minustegn U+2212"],
  ["abc", avvist("abc"), "tallformer", "ikke et tall"],
  ["30 kr", avvist("30 kr"), "tallformer", "kroner passer ikke for en andel"],
  [0.3, tall(0.3), "tall som tall", "et tall fra en celle (30 % formatert er 0,3)"],
  [1, avvist("100 %"), "tall som tall", "100 %"],
]);

const DESIMALER = felt("desimaler", [
  ["2", tall(2), "tallformer", "sifre"],
  [" 3 ", tall(3), "tallformer", "mellomrom rundt"],
  ["", tall(0), "tallformer", "tomt er standard: 0"],
  ["0", tall(0), "grenser", "nedre grense er med"],
  ["10", tall(10), "grenser", "øvre grense er med"],
  ["11", avvist("10"), "grenser", "over øvre grense"],
  ["-1", avvist("-1"), "grenser", "negativt"],
  ["2,5", avvist("2,5"), "tallformer", "ikke et heltall"],
  ["2 %", avvist("2 %"), "prosent", "prosent passer ikke"],
  [2, tall(2), "tall som tall", "et tall fra en celle"],
  [2.5, avvist(), "tall som tall", "ikke et heltall"],
]);

const TJENESTE = felt("tjeneste", [
  ...PROTOTYPENAVN.map((n): Rad => [n, ukjent(), "prototypenavn", "navn fra Object.prototype er ukjente navn som alle andre"]),
  ["=WEBSERVICE(\"https://example.com\")", ukjent(), "prototypenavn", "formel som tekst er bare et ukjent navn"],
  ["Skatte- og inntekt", navn("Skatte- og inntektsopplysninger"), "KS-navn", "navnet i KS' publiserte prismatrise"],
  ["Skatte og inntekt", navn("Skatte- og inntektsopplysninger"), "KS-navn", "samme uten bindestrek"],
  ["Skatt- og inntektsopplysninger", navn("Skatte- og inntektsopplysninger"), "KS-navn", "KS' avtalesider"],
  ["Fiks skatte- og inntektsopplysninger", navn("Skatte- og inntektsopplysninger"), "KS-navn", "med Fiks foran"],
  ["Fiks Bekyringsmelding", navn("Fiks Bekymringsmelding"), "KS-navn", "stavemåten i KS' kalkulator"],
  ["Ledsagerbevis", navn("Digitalt ledsagerbevis"), "KS-navn", "kortnavn"],
  ["Grunnfin", navn("Grunnfinansiering"), "KS-navn", "kortnavn"],
  ["Fiks protokoll", navn("Fiks Protokoller"), "KS-navn", "entall"],
  ["SvarInn", navn("SvarUt"), "KS-navn", "SvarInn prises i SvarUt-modellen"],
  ["Minside", navn("Min kommune"), "KS-navn", "tidligere navn"],
  ["KS Laering", navn("KS Læring"), "ASCII", "ae for æ"],
  ["Kjoretoyregister", navn("Fiks Kjøretøyregister"), "ASCII", "o for ø"],
  ["Kjoeretoeyregister", navn("Fiks Kjøretøyregister"), "ASCII", "oe for ø"],
  ["KJORETOYREGISTER", navn("Fiks Kjøretøyregister"), "ASCII", "fakturalinjenes skrivemåte"],
  ["Fiks Kjøretøyregister", navn("Fiks Kjøretøyregister"), "andre navn", "som skrevet"],
  ["digisos", navn("Fiks Digisos"), "andre navn", "uten Fiks, små bokstaver"],
  ["Fiks Digisoss", ukjent("Fiks Digisos"), "andre navn", "skrivefeil: forslag"],
  ["Skatte og inntek", ukjent("Skatte- og inntektsopplysninger"), "KS-navn", "skrivefeil i KS' kortnavn: forslaget går via aliaset"],
]);

const KUNDETYPE = felt("kundetype", [
  ...PROTOTYPENAVN.map((n): Rad => [n, ukjent(), "prototypenavn", "navn fra Object.prototype er ukjente kundetyper"]),
  ["kommune", navn("KOMMUNE"), "andre navn", "hverdagsord"],
  ["Fylkeskommune", navn("FYLKESKOMMUNE"), "andre navn", "hverdagsord"],
  ["IKS", navn("KOMMUNAL_VIRKSOMHET_IKS"), "andre navn", "forkortelse"],
  ["statlig", navn("STATLIG_VIRKSOMHET"), "andre navn", "hverdagsord"],
]);

const ORGANISASJON = felt("organisasjon", [
  ...PROTOTYPENAVN.map((n): Rad => [n, ukjent(), "prototypenavn", "navn fra Object.prototype er ukjente organisasjoner"]),
  ["Bodo", navn("Bodø"), "ASCII", "o for ø"],
  ["Baerum", navn("Bærum"), "ASCII", "ae for æ"],
  ["oslove", navn("Oslo - Oslove"), "andre navn", "den ene halvdelen av et tospråklig navn"],
]);

// ---- CSV-filer: bytes som Excel og redigeringsprogram skriver dem -------------------------------------------

/** Linjene i den publiserte matrisefilen (data/prismatrise-2025.csv); linje 3 (indeks 2) er Fiks Digisos. */
export const MATRISELINJER: readonly string[] = readFileSync("data/prismatrise-2025.csv", "utf8").trim().split("\n");

/** Den publiserte matrisen slik Excel på norsk Windows skriver den: hardt mellomrom i tall og foran %, CRLF. */
export function matriseSomExcel(skilletegn = ";"): string {
  return MATRISELINJER
    .map((linje) => linje.replace(/(\d) (?=\d{3}\b)/g, "$1\u00a0").replace(/ %/g, "\u00a0%").split(";").join(skilletegn))
    .join("\r\n") + "\r\n";
}

function endretLinje(indeks: number, endre: (linje: string) => string): string {
  return MATRISELINJER.map((linje, i) => (i === indeks ? endre(linje) : linje)).join("\n") + "\n";
}

const CSV: Tilfelle[] = ([
  [windows1252(matriseSomExcel()), { type: "som-standard" }, "Windows-1252, CRLF, hardt mellomrom: Excels «CSV (semikolon-separert)»"],
  [utf16(matriseSomExcel("\t"), "le"), { type: "som-standard" }, "UTF-16 LE med BOM og tabulator: Excels «Unicode-tekst»"],
  [utf16(matriseSomExcel(), "be"), { type: "som-standard" }, "UTF-16 BE med BOM"],
  [utf8(matriseSomExcel(), true), { type: "som-standard" }, "UTF-8 med BOM: Excels «CSV UTF-8»"],
  [utf8(endretLinje(3, (l) => `"${l}`)), avvist("Linje 4", "anførselstegn"), "uavsluttet anførselstegn slukte alle tjenestene etter det"],
  [utf8(endretLinje(6, (l) => l.split(";").slice(0, 3).join(";"))), avvist("Linje 7", "3 felt", "8"), "avkortet rad fikk stille 0 % størrelsesjustering"],
  [utf8(MATRISELINJER.join("\n") + "\n\0\0\0\0"), avvist("Linje 15", "U+0000"), "NUL-utfylling ble en ekstra tjeneste"],
  [utf16(MATRISELINJER.join("\n"), "le").subarray(2), avvist("Linje 1", "U+0000"), "UTF-16 uten BOM"],
  [utf8(MATRISELINJER.map((l) => l.split(";").join(",")).join("\n")), avvist("Linje 1", "komma"), "kommaseparert fil"],
  [utf8(endretLinje(2, (l) => l.replace("3 000", "3.000"))), avvist("Celle B3", "3 000", "3"), "fastpris 3.000 i en fil"],
] as [Uint8Array, Utfall, string][]).map(([inndata, utfall, hvorfor]) => ({ inndata, felt: "csv-matrise", utfall, gruppe: "csv", hvorfor }));

export const ORDBOK: readonly Tilfelle[] = [
  ...INNBYGGERE, ...VOLUM, ...BELOP, ...INNBYGGERPRIS, ...JUSTERING, ...DESIMALER,
  ...TJENESTE, ...KUNDETYPE, ...ORGANISASJON, ...CSV,
];

/** Inndata som lesbar tekst for testnavn: usynlige mellomrom og kontrolltegn vises som U+XXXX. */
export function visInndata(t: Tilfelle): string {
  if (t.inndata instanceof Uint8Array) return `${t.inndata.length} byte`;
  if (typeof t.inndata === "number") return `tallet ${t.inndata}`;
  return `«${t.inndata.replace(/[^\x20-\x7eæøåÆØÅ«»]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`)}»`;
}

/** Mellomrom av alle slag som vanlige, så en melding kan sammenlignes med «nevner». */
export function vanligeMellomrom(tekst: string): string {
  return tekst.replace(/[\s\u00a0\u202f\u2009]+/g, " ");
}
