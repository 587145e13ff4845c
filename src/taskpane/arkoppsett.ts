/**
 * Det oppgaveruten skriver i et regneark, som rene data: celleinnhold, tallformater og hvor tabellene står.
 * En celle er tekst, et tall eller en av tilleggets egne formler (`{ formel }`, kanonisk engelsk syntaks med komma,
 * slik range.formulas vil ha dem). Tekst blir alltid tekst i arket, også når den begynner med «=», «+», «-» eller «@».
 * Ingen Office.js her (excel.ts gjør I/O) og ingen prisregler: prisene er KS.*-formler.
 */
import {
  type Kalkulatorrad, type Kundetype, type Prismatrise, type SvarUtTabell, celleadresse, prismatriseTilCeller,
  svarUtTabellTilCeller,
} from "../core";

/** En av tilleggets egne formler: den eneste cellesorten excel.ts skriver gjennom range.formulas. */
export interface Formel {
  readonly formel: string;
}

/** Tekst (skrives alltid som tekst, aldri tolket som formel eller tall), et tall, en formel, eller "" for tom celle. */
export type Celle = string | number | Formel;

export const formel = (tekst: string): Formel => ({ formel: tekst });

export function erFormel(celle: Celle): celle is Formel {
  return typeof celle === "object";
}

/** A block of cells to write at a top-left address, with optional per-column number formats. */
export interface Celleblokk {
  /** Top-left cell, e.g. "A12". */
  start: string;
  celler: Celle[][];
}

export interface Arkplan {
  /** Preferred sheet name; excel.ts makes it unique. */
  arknavn: string;
  blokker: Celleblokk[];
  /** Excel tables (header row first) with a number format per column. */
  tabeller: { omrade: string; navn: string; formater: string[][] | null; stil: string }[];
  /** Rows styled bold (e.g. the total row), as ranges. */
  fet: string[];
  /** Input cells (yellow fill). */
  inndata: string[];
  /** Extra number formats: range → format applied to every cell. */
  formater: { omrade: string; format: string }[];
  /** Title cell. */
  tittel: string;
}

/** Number formats in Excel's invariant (English) syntax; Excel shows them with the user's separators. */
export const FORMAT = {
  kroner: '#,##0 "kr";-#,##0 "kr"',
  prosent: "0 %",
  heltall: "#,##0",
  sats: "0.000",
  tekst: "@",
  generelt: "General",
} as const;

/** Excel forbids : \ / ? * [ ] in sheet names and allows at most 31 characters. */
export function rensArknavn(navn: string): string {
  const renset = navn.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return (renset || "Ark").slice(0, 31).trim();
}

/** "Kalkulator Bodø", "Kalkulator Bodø (2)", … — case-insensitive, as Excel compares sheet names. */
export function unikArknavn(onsket: string, finnes: readonly string[]): string {
  const brukt = new Set(finnes.map((n) => n.toLocaleLowerCase("nb")));
  const grunn = rensArknavn(onsket);
  if (!brukt.has(grunn.toLocaleLowerCase("nb"))) return grunn;
  for (let i = 2; ; i++) {
    const hale = ` (${i})`;
    const navn = grunn.slice(0, 31 - hale.length).trimEnd() + hale;
    if (!brukt.has(navn.toLocaleLowerCase("nb"))) return navn;
  }
}

/**
 * Tabellnavn: bokstaver, sifre og understrek; unikt i arbeidsboken. `finnes` har alle tabellnavn og alle definerte
 * navn (Excel nekter et tabellnavn som allerede er et navn).
 */
export function unikTabellnavn(onsket: string, finnes: readonly string[]): string {
  const brukt = new Set(finnes.map((n) => n.toLowerCase()));
  let grunn = onsket.replace(/[^A-Za-z0-9_]/g, "_");
  // Excel nekter navn som ikke begynner med bokstav eller _, og navn som kan leses som en celle («ABC1», «R1C1»).
  if (!/^[A-Za-z_]/.test(grunn) || /^([A-Za-z]{1,3}|[Rr]\d*[Cc])$/.test(grunn)) grunn = `Tabell_${grunn}`;
  for (let i = 1; ; i++) {
    const navn = `${grunn}${i}`;
    if (!brukt.has(navn.toLowerCase())) return navn;
  }
}

/** A sheet name as it must appear in a formula: always quoted, inner quotes doubled. */
export function arkreferanse(ark: string): string {
  return `'${ark.replace(/'/g, "''")}'`;
}

/** Splits "'Kalkulator Bodø'!B3:I16" into sheet name and the top-left (0-based) row and column. */
export function tolkOmrade(adresse: string): { ark: string; rad: number; kolonne: number; celler: string } {
  const utrop = adresse.lastIndexOf("!");
  const arkdel = utrop >= 0 ? adresse.slice(0, utrop) : "";
  const celler = utrop >= 0 ? adresse.slice(utrop + 1) : adresse;
  const ark = arkdel.startsWith("'") ? arkdel.slice(1, -1).replace(/''/g, "'") : arkdel;
  const treff = /^\$?([A-Za-z]+)\$?(\d+)/.exec(celler);
  if (!treff) throw new Error(`Ugyldig celleadresse «${adresse}».`);
  const kolonne = [...treff[1].toUpperCase()].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { ark, rad: Number(treff[2]) - 1, kolonne, celler: celler.replace(/\$/g, "") };
}

/** Antall rader og kolonner i et område: «B18:C18» → 1 × 2, «D18» → 1 × 1. */
export function omradestorrelse(omrade: string): { rader: number; kolonner: number } {
  const [fra, til = fra] = omrade.split(":");
  const a = tolkOmrade(fra);
  const b = tolkOmrade(til);
  return { rader: b.rad - a.rad + 1, kolonner: b.kolonne - a.kolonne + 1 };
}

/** A cell address relative to a range ("C5" in the range "Prismatrise!B3:I16") as a sheet address: "Prismatrise!D7". */
export function arkadresse(omrade: string, relativ: string): string {
  const { ark, rad, kolonne } = tolkOmrade(omrade);
  if (relativ === "") return omrade;
  const rel = tolkOmrade(relativ);
  return `${ark ? ark + "!" : ""}${celleadresse(rad + rel.rad, kolonne + rel.kolonne)}`;
}

/** Absolute range for formulas: "Prismatrise!A3:H16" → "'Prismatrise'!$A$3:$H$16". */
export function absoluttOmrade(omrade: string): string {
  const { ark, celler } = tolkOmrade(omrade);
  const abs = celler.split(":").map((c) => c.replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2")).join(":");
  return ark ? `${arkreferanse(ark)}!${abs}` : abs;
}

function flytt(celle: string, rader: number, kolonner = 0): string {
  const { rad, kolonne } = tolkOmrade(celle);
  return celleadresse(rad + rader, kolonne + kolonner);
}

export interface Kalkulatoroppsett {
  /** "Bodø" or "Egendefinert kunde". */
  kundenavn: string;
  /** "1804", or null for manual entry. */
  nummer: string | null;
  kundetype: Kundetype;
  innbyggere: number;
  /** Where the population comes from, e.g. "SSB, 1. januar 2024" or "Overstyrt". */
  innbyggerkilde: string;
  volum: { altinn: number; forsendelser: number; svarinn: number };
  /** The rows of the core's result, in its order (names, types and the existing prices typed). */
  rader: Pick<Kalkulatorrad, "tjeneste" | "type" | "eksisterende">[];
  /** The matrix range the formulas use (sheet address), or null for the built-in 2025 matrix. */
  matriseomrade: string | null;
  matrisenavn: string;
}

export const KALKULATORKOLONNER = [
  "Tjeneste",
  "Eksisterende prismodell",
  "Grunnfinansiering + nye tjenestepriser",
  "Prisendring %",
  "Prisendring kr",
  "Ny tjenestepris tillegg",
  "Total ny tjenestepris",
] as const;

/** Where the input cells are on a calculator sheet (column B). */
export const INNDATA = {
  organisasjon: "B4",
  kundetype: "B5",
  innbyggere: "B6",
  altinn: "B7",
  forsendelser: "B8",
  svarinn: "B9",
  matrise: "B10",
  tabellstart: "A12",
} as const;

const abs = (celle: string) => celle.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/**
 * The calculator as a sheet: input cells B4:B10 and a table from A12 whose price cells are
 * KS.FIKSPRIS / KS.SVARUTPRIS / KS.PRISENDRING formulas on those inputs, and a Sum row below with SUM formulas.
 */
export function kalkulatorark(o: Kalkulatoroppsett): Arkplan {
  const matriseArg = o.matriseomrade ? `,${absoluttOmrade(o.matriseomrade)}` : "";
  const [innb, kt] = [abs(INNDATA.innbyggere), abs(INNDATA.kundetype)];
  const pris = (r: number, navn: string) =>
    formel(navn === "SvarUt"
      ? `=KS.SVARUTPRIS(${abs(INNDATA.altinn)},${abs(INNDATA.forsendelser)},${abs(INNDATA.svarinn)},${kt})`
      : `=KS.FIKSPRIS(A${r},${innb},${kt}${matriseArg})`);
  const forste = tolkOmrade(INNDATA.tabellstart).rad + 2; // 1-based row of the first data row
  const siste = forste + o.rader.length - 1;
  const sumrad = siste + 1;

  const rader: Celle[][] = o.rader.map((rad, i) => {
    const r = forste + i;
    const eksisterende: Celle = rad.eksisterende === null ? "" : rad.eksisterende.toNumber();
    const endringProsent = formel(`=IF(N(B${r})=0,"na.",KS.PRISENDRING(B${r},C${r}))`);
    switch (rad.type) {
      case "grunnfinansiering":
        return [rad.tjeneste, eksisterende, pris(r, rad.tjeneste), endringProsent, formel(`=IF(B${r}="",C${r},C${r}-B${r})`), "", formel(`=C${r}`)];
      case "tjeneste":
        return [rad.tjeneste, eksisterende, pris(r, rad.tjeneste), endringProsent, formel(`=IF(B${r}="","na.",C${r}-B${r})`), "", formel(`=C${r}`)];
      case "utgatt":
        return [rad.tjeneste, eksisterende, "na.", "na.", "na.", "", "na."];
      case "tillegg":
        return [rad.tjeneste, "", "", "", "", pris(r, rad.tjeneste), formel(`=F${r}`)];
    }
  });
  const sum = (k: string): Celle => (o.rader.length ? formel(`=SUM(${k}${forste}:${k}${siste})`) : 0);
  const sumRad: Celle[] = [
    "Sum", sum("B"), sum("C"), formel(`=IF(N(B${sumrad})=0,"na.",KS.PRISENDRING(B${sumrad},C${sumrad}))`),
    formel(`=C${sumrad}-B${sumrad}`), sum("F"), sum("G"),
  ];

  const tittel = `Kalkulator – ${o.kundenavn}`;
  const inndata: Celle[][] = [
    ["Organisasjon", o.nummer ? `${o.kundenavn} (${o.nummer})` : o.kundenavn, "Inndata (gule celler) kan endres: prisene regnes ut på nytt."],
    ["Kundetype", o.kundetype, "KOMMUNE, FYLKESKOMMUNE, STATLIG_VIRKSOMHET, …"],
    ["Innbyggere", o.innbyggere, o.innbyggerkilde],
    ["Altinn-transaksjoner per år (SvarUt)", o.volum.altinn, ""],
    ["Forsendelser per år (SvarUt)", o.volum.forsendelser, ""],
    ["SvarInn per år (SvarUt)", o.volum.svarinn, ""],
    ["Prismatrise", o.matrisenavn, o.matriseomrade ? "Formlene bruker prismatrisen i dette området." : "Formlene bruker standard prismatrise 2025."],
  ];
  const tabellOmrade = `${INNDATA.tabellstart}:G${siste}`;
  const kolonneformat = ["@", FORMAT.kroner, FORMAT.kroner, FORMAT.prosent, FORMAT.kroner, FORMAT.kroner, FORMAT.kroner];
  return {
    arknavn: `Kalkulator ${o.kundenavn}`,
    tittel,
    blokker: [
      { start: "A1", celler: [[tittel], ["Laget med KS prisverktøy. Prisene er formler (KS.FIKSPRIS, KS.SVARUTPRIS, KS.PRISENDRING) som bruker inndataene i kolonne B."]] },
      { start: "A4", celler: inndata },
      { start: INNDATA.tabellstart, celler: [[...KALKULATORKOLONNER], ...rader, sumRad] },
    ],
    tabeller: [{
      omrade: tabellOmrade,
      navn: "Kalkulator",
      formater: Array.from({ length: o.rader.length + 1 }, (_, i) => (i === 0 ? kolonneformat.map(() => FORMAT.generelt) : kolonneformat)),
      stil: "TableStyleMedium2",
    }],
    fet: [`A${sumrad}:G${sumrad}`, "A1"],
    inndata: [`${INNDATA.organisasjon}:${INNDATA.svarinn}`, ...o.rader.flatMap((r, i) => (r.type === "tillegg" ? [] : [`B${forste + i}`]))],
    formater: [
      { omrade: `B${sumrad}:C${sumrad}`, format: FORMAT.kroner },
      { omrade: `D${sumrad}`, format: FORMAT.prosent },
      { omrade: `E${sumrad}:G${sumrad}`, format: FORMAT.kroner },
      { omrade: `${INNDATA.innbyggere}:${INNDATA.svarinn}`, format: FORMAT.heltall },
    ],
  };
}

/** Where the matrix table starts on a "Prismatrise" sheet. */
export const MATRISESTART = "A3";

/** The matrix (and SvarUt table) as editable Excel tables, in exactly the layout tolkPrismatrise reads back. */
export function prismatriseark(matrise: Prismatrise, svarut: SvarUtTabell, navn: string): Arkplan {
  const celler = prismatriseTilCeller(matrise);
  const n = celler.length; // header + services + reference row
  const matriseOmrade = `${MATRISESTART}:${flytt(MATRISESTART, n - 1, celler[0].length - 1)}`;
  const radformat = (rad: Celle[]) =>
    rad[0] === "Referanseinnbyggertall"
      ? rad.map((_, k) => (k === 0 ? FORMAT.generelt : FORMAT.heltall))
      : [FORMAT.generelt, FORMAT.heltall, FORMAT.sats, FORMAT.prosent, FORMAT.heltall, FORMAT.sats, FORMAT.prosent, FORMAT.heltall];
  const svarutCeller = svarUtTabellTilCeller(svarut);
  const svarutTittel = flytt(MATRISESTART, n + 1);
  const svarutStart = flytt(svarutTittel, 1);
  const svarutOmrade = `${svarutStart}:${flytt(svarutStart, svarutCeller.length - 1, svarutCeller[0].length - 1)}`;
  return {
    arknavn: "Prismatrise",
    tittel: `Prismatrise – ${navn}`,
    blokker: [
      { start: "A1", celler: [[`Prismatrise – ${navn}`], ["Endre tallene, merk en celle i tabellen og velg «Bruk prismatrise fra arket» i oppgaveruten. NA = tilbys ikke."]] },
      { start: MATRISESTART, celler },
      { start: svarutTittel, celler: [["SvarUt (fastpris + transaksjonspris)"]] },
      { start: svarutStart, celler: svarutCeller },
    ],
    tabeller: [
      { omrade: matriseOmrade, navn: "Prismatrise", formater: [celler[0].map(() => FORMAT.generelt), ...celler.slice(1).map(radformat)], stil: "TableStyleMedium2" },
      { omrade: svarutOmrade, navn: "SvarUt", formater: null, stil: "TableStyleLight9" },
    ],
    fet: ["A1", svarutTittel],
    inndata: [],
    formater: [],
  };
}
