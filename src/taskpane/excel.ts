/// <reference types="office-js" />
/**
 * ALL lesing og skriving i arbeidsboken. Komponentene får en `Arbeidsbok` (kontekst/prop), så de tegnes og
 * testes uten Excel, og den samme siden kjører frittstående i en nettleser.
 */
import { Decimal, celleadresse, norskTall } from "../core";
import { type Arkplan, type Celle, erFormel, omradestorrelse, tolkOmrade, unikArknavn, unikTabellnavn } from "./arkoppsett";

export type Fremdrift = (melding: string) => void;

export interface Utvalg {
  /** Adressen til det som ble lest, med arknavn, f.eks. "Prismatrise!A3:H16". */
  adresse: string;
  verdier: unknown[][];
}

export interface Arbeidsbok {
  /** false utenfor Excel: arkknappene er slått av, og `grunn` sier hvorfor. */
  readonly tilgjengelig: boolean;
  readonly grunn: string | null;
  /** Én linje øverst i oppgaveruten når arbeidsboken ikke kan brukes (utenfor Excel, eller for gammel Excel). */
  readonly merknad?: string;
  /** Skriver en plan i et NYTT regneark (aldri et som finnes) og returnerer arkets navn. */
  skrivArk(plan: Arkplan, fremdrift?: Fremdrift): Promise<{ ark: string; tabeller: string[] }>;
  /** Leser det merkede området; én merket celle i en Excel-tabell leser hele tabellen. */
  lesUtvalg(fremdrift?: Fremdrift): Promise<Utvalg>;
  /**
   * Leser en kundeliste fra utvalget: det merkede området; én celle i en Excel-tabell leser tabellen; én celle
   * andre steder leser blokken av utfylte celler rundt den (slik Ctrl+A gjør).
   */
  lesKundeliste(fremdrift?: Fremdrift): Promise<Utvalg>;
}

/**
 * Den eldste Excel API-versjonen koden bruker (ExcelApi-settet i manifest.xml). test/tillegg/api-sett.test.ts
 * sjekker hvert Excel-medlem i src mot dette tallet.
 */
export const EXCEL_API = "1.9";

/** Høyst så mange celler leses fra et merket område (en kundeliste for hele sektoren er ~5 000 celler). */
export const MAKS_CELLER = 100_000;

export const IKKE_I_EXCEL =
  "Oppgaveruten kjører som nettkalkulator utenfor Excel. Åpne tillegget i Excel for å sette inn i arket eller lese en prismatrise fra arket.";

export const FOR_GAMMEL_EXCEL =
  `Denne Excel-versjonen er for gammel til at oppgaveruten kan lese og skrive i arket (den trenger Excel API ${EXCEL_API}). `
  + "Kalkulatoren virker som vanlig; oppdater Excel, eller bruk Excel på nettet, for å sette inn i arket.";

function utilgjengelig(grunn: string, merknad: string): Arbeidsbok {
  return {
    tilgjengelig: false,
    grunn,
    merknad,
    skrivArk: () => Promise.reject(new Error(grunn)),
    lesUtvalg: () => Promise.reject(new Error(grunn)),
    lesKundeliste: () => Promise.reject(new Error(grunn)),
  };
}

/** Den frittstående nettkalkulatoren: alt unntatt arbeidsboken. */
export const utenExcel: Arbeidsbok = utilgjengelig(IKKE_I_EXCEL, "Nettkalkulator: kjører utenfor Excel. Innsetting i regneark krever Excel.");

/** Excel uten Excel API-versjonen koden trenger: kalkulatoren virker, arkknappene er slått av med grunnen. */
export const forGammelExcel: Arbeidsbok = utilgjengelig(FOR_GAMMEL_EXCEL, "Excel-versjonen er for gammel for innsetting i regneark; kalkulatoren virker.");

/**
 * Arbeidsboken når Office har svart: i Excel med støtte for `EXCEL_API` Office.js-implementasjonen, i for gammel
 * Excel `forGammelExcel`, ellers (nettleser, office.js mangler) `utenExcel`.
 */
export function velgArbeidsbok(
  iExcel: boolean,
  stotter: (sett: string, versjon: string) => boolean,
  excel: typeof Excel | undefined,
): Arbeidsbok {
  if (!iExcel || excel === undefined) return utenExcel;
  return stotter("ExcelApi", EXCEL_API) ? officeArbeidsbok(excel) : forGammelExcel;
}

/** Et problem brukeren kan rette, allerede på norsk: vises som det er. */
export class Arkfeil extends Error {}

/**
 * Office.js-feil har engelske meldinger; brukeren får en norsk, med originalen i parentes. `etterpa` sier hvordan
 * arbeidsboken står etter feilen (f.eks. at et halvskrevet ark er fjernet).
 */
export function norskExcelfeil(feil: unknown, handling: string, etterpa = ""): Error {
  const hale = etterpa ? ` ${etterpa}` : "";
  if (feil instanceof Arkfeil) return hale ? new Arkfeil(feil.message + hale) : feil;
  const original = feil instanceof Error ? feil.message : String(feil);
  const kode = (feil as { code?: string } | null)?.code;
  const hva: Record<string, string> = {
    InvalidArgument: "Excel godtok ikke verdiene",
    ItemAlreadyExists: "det finnes allerede et ark eller en tabell med det navnet",
    AccessDenied: "arbeidsboken er beskyttet eller skrivebeskyttet",
    InvalidOperationInCellEditMode: "Excel er i redigeringsmodus – trykk Enter eller Esc i cellen og prøv igjen",
    GeneralException: "Excel meldte en generell feil",
  };
  const forklaring = (kode && Object.hasOwn(hva, kode) && hva[kode]) || "Excel meldte en feil";
  return new Error(`${handling} mislyktes: ${forklaring}.${hale} (${original})`);
}

function blokkOmrade(start: string, celler: Celle[][]): string {
  const { rad, kolonne } = tolkOmrade(start);
  return `${start}:${celleadresse(rad + celler.length - 1, kolonne + celler[0].length - 1)}`;
}

/** Radene fylt ut til samme bredde: et område er et rektangel. */
function rektangel(celler: Celle[][]): Celle[][] {
  const bredde = Math.max(...celler.map((r) => r.length));
  return celler.map((r) => [...r, ...Array<Celle>(bredde - r.length).fill("")]);
}

/**
 * Verdien en celle får gjennom range.values. Tekst får apostrof foran, slik Excel selv merker tekst: «=WEBSERVICE(…)»,
 * «-5 %» og «0301» blir stående som den teksten, ikke som formel eller tall. null lar cellen være (formler og tomme).
 */
function somVerdi(celle: Celle): string | number | null {
  if (erFormel(celle) || celle === "") return null;
  return typeof celle === "number" ? celle : `'${celle}`;
}

/** Køer hele planen på det nye arket (ingen sync her): verdier, tilleggets egne formler, tabeller og formater. */
function koSkriving(nytt: Excel.Worksheet, plan: Arkplan, opptatteNavn: string[]): string[] {
  for (const blokk of plan.blokker) {
    const celler = rektangel(blokk.celler);
    const omrade = nytt.getRange(blokkOmrade(blokk.start, celler));
    omrade.values = celler.map((rad) => rad.map(somVerdi));
    if (celler.some((rad) => rad.some(erFormel))) {
      omrade.formulas = celler.map((rad) => rad.map((c) => (erFormel(c) ? c.formel : null)));
    }
  }
  const tabellnavn: string[] = [];
  for (const t of plan.tabeller) {
    const tabell = nytt.tables.add(t.omrade, true);
    const navn = unikTabellnavn(t.navn, [...opptatteNavn, ...tabellnavn]);
    tabell.name = navn;
    tabell.style = t.stil;
    tabellnavn.push(navn);
    if (t.formater) nytt.getRange(t.omrade).numberFormat = t.formater;
  }
  for (const f of plan.formater) {
    const { rader, kolonner } = omradestorrelse(f.omrade);
    nytt.getRange(f.omrade).numberFormat = Array.from({ length: rader }, () => Array<string>(kolonner).fill(f.format));
  }
  for (const omrade of plan.fet) nytt.getRange(omrade).format.font.bold = true;
  for (const omrade of plan.inndata) nytt.getRange(omrade).format.fill.color = "#FFF2CC";
  nytt.getRange("A1").format.font.size = 14;
  nytt.getRange("A:A").format.columnWidth = 230;
  nytt.getRange("B:G").format.columnWidth = 110;
  for (const k of plan.kolonnebredder ?? []) nytt.getRange(k.kolonner).format.columnWidth = k.bredde;
  nytt.activate();
  return tabellnavn;
}

/**
 * Etter en feil midt i innsettingen: sletter arket med navnet `navn` hvis det er nytt (ikke blant `fantes`, arkenes id-er
 * før innsettingen), og gjør det aktive arket aktivt igjen, i egne sync-kall. Sier på norsk hvordan arbeidsboken står.
 */
async function fjernNyttArk(context: Excel.RequestContext, navn: string, fantes: Set<string>, aktivt: Excel.Worksheet): Promise<string> {
  try {
    const ark = context.workbook.worksheets;
    ark.load("items/name, items/id");
    await context.sync();
    const nye = ark.items.filter((a) => a.name === navn && !fantes.has(a.id));
    if (nye.length === 0) return "Arbeidsboken er ikke endret.";
    for (const a of nye) a.delete();
    aktivt.activate();
    await context.sync();
    return `Arket «${navn}» er fjernet igjen, så arbeidsboken er som før.`;
  } catch {
    return `Arket «${navn}» kan være halvskrevet og kunne ikke fjernes: slett det selv.`;
  }
}

/** Hva som leses: ordet brukt i meldinger og hva brukeren bør merke. */
interface Lesing {
  hva: string;
  merk: string;
}

/**
 * Det merkede området, kuttet til cellene i bruk (en hel kolonne eller rad gir bare den utfylte delen); er én celle
 * merket, Excel-tabellen den står i, ellers `enkeltcelle(merket)` (som kan kaste en norsk Arkfeil). Her lastes bare
 * adresser og størrelser; verdiene lastes av den som kaller, når størrelsen er kjent og rimelig.
 */
async function merketBlokk(
  context: Excel.RequestContext,
  lesing: Lesing,
  enkeltcelle: (merket: Excel.Range) => Excel.Range,
): Promise<Excel.Range> {
  const merket = context.workbook.getSelectedRange();
  merket.load("address, cellCount");
  const tabeller = merket.getTables(false);
  tabeller.load("items/name");
  const iBruk = merket.getUsedRangeOrNullObject(true);
  iBruk.load("address, cellCount");
  await context.sync();
  if (merket.cellCount !== 1) {
    if (iBruk.isNullObject) throw new Arkfeil(`Det merkede området ${merket.address} er tomt. ${lesing.merk}`);
    sjekkStorrelse(iBruk, lesing);
    return iBruk;
  }
  // eslint-disable-next-line office-addins/load-object-before-read -- "items/name" laster samlingens elementer
  const blokk = tabeller.items.length > 0 ? tabeller.items[0].getRange() : enkeltcelle(merket);
  blokk.load("address, cellCount");
  await context.sync();
  sjekkStorrelse(blokk, lesing);
  return blokk;
}

function sjekkStorrelse(omrade: Excel.Range, lesing: Lesing): void {
  if (omrade.cellCount <= MAKS_CELLER) return;
  const antall = (n: number) => norskTall(new Decimal(n), 0);
  throw new Arkfeil(
    `${omrade.address} har ${antall(omrade.cellCount)} celler; oppgaveruten leser høyst ${antall(MAKS_CELLER)} celler som ${lesing.hva}. ${lesing.merk}`,
  );
}

const PRISMATRISE: Lesing = {
  hva: "prismatrise",
  merk: "Merk hele prismatrisen (overskriftsraden og tjenestene), eller en celle i en Excel-tabell med prismatrisen.",
};
const KUNDELISTE: Lesing = {
  hva: "kundeliste",
  merk: "Merk kundelisten med overskriftsraden (Kunde, Kundetype, Innbyggere, Pris i dag, Tjenester), eller en celle i den.",
};

/** Office.js-implementasjonen. `excel` er den globale `Excel` (den strenge falske Excel i testene). */
export function officeArbeidsbok(excel: typeof Excel): Arbeidsbok {
  return {
    tilgjengelig: true,
    grunn: null,

    async skrivArk(plan, fremdrift = () => {}) {
      let etterpa = "Arbeidsboken er ikke endret.";
      try {
        return await excel.run(async (context) => {
          fremdrift("Finner et ledig arknavn …");
          const bok = context.workbook;
          const ark = bok.worksheets;
          ark.load("items/name, items/id");
          const aktivt = ark.getActiveWorksheet();
          bok.tables.load("items/name");
          bok.names.load("items/name");
          await context.sync();
          const navn = unikArknavn(plan.arknavn, ark.items.map((a) => a.name));
          const fantes = new Set(ark.items.map((a) => a.id));
          // Tabellnavn må være unike blant både tabeller og definerte navn.
          const opptatteNavn = [...bok.tables.items.map((t) => t.name), ...bok.names.items.map((n) => n.name)];
          try {
            const nytt = ark.add(navn);
            // Et nytt ark er tomt; det sjekkes likevel, så ingenting noen gang blir overskrevet.
            const brukt = nytt.getUsedRangeOrNullObject(true);
            brukt.load("address");
            await context.sync();
            if (!brukt.isNullObject) throw new Arkfeil(`Arket «${navn}» er ikke tomt; ingenting ble skrevet.`);

            fremdrift(`Skriver celler, formler og tabeller i «${navn}» …`);
            const tabellnavn = koSkriving(nytt, plan, opptatteNavn);
            await context.sync();
            fremdrift(`Ferdig: arket «${navn}» er satt inn.`);
            return { ark: navn, tabeller: tabellnavn };
          } catch (feil) {
            fremdrift("Noe gikk galt; rydder opp …");
            etterpa = await fjernNyttArk(context, navn, fantes, aktivt);
            throw feil;
          }
        });
      } catch (feil) {
        throw norskExcelfeil(feil, "Å sette inn arket", etterpa);
      }
    },

    async lesUtvalg(fremdrift = () => {}) {
      try {
        return await excel.run(async (context) => {
          fremdrift("Leser det merkede området …");
          const omrade = await merketBlokk(context, PRISMATRISE, () => {
            throw new Arkfeil(PRISMATRISE.merk);
          });
          omrade.load("values");
          await context.sync();
          return { adresse: omrade.address, verdier: omrade.values as unknown[][] };
        });
      } catch (feil) {
        throw norskExcelfeil(feil, "Å lese det merkede området");
      }
    },

    async lesKundeliste(fremdrift = () => {}) {
      try {
        return await excel.run(async (context) => {
          fremdrift("Leser kundelisten fra det merkede området …");
          // Én celle og ingen tabell: blokken av utfylte celler rundt den, slik Ctrl+A gjør.
          const kundeliste = await merketBlokk(context, KUNDELISTE, (merket) => merket.getSurroundingRegion());
          kundeliste.load("values, rowCount");
          await context.sync();
          if (kundeliste.rowCount < 2) {
            throw new Arkfeil(`${kundeliste.address} har ingen kunder under overskriften: merk kundelisten med overskriftsraden (Kunde, Kundetype, Innbyggere, Pris i dag, Tjenester).`);
          }
          return { adresse: kundeliste.address, verdier: kundeliste.values as unknown[][] };
        });
      } catch (feil) {
        throw norskExcelfeil(feil, "Å lese kundelisten");
      }
    },
  };
}
