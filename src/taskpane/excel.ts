/// <reference types="office-js" />
/**
 * ALL reads and writes of the workbook. Components receive an `Arbeidsbok` (context/prop), so they
 * render and are tested without Excel, and the same page runs standalone in a browser.
 */
import { celleadresse } from "../core";
import { type Arkplan, type Celle, tolkOmrade, unikArknavn, unikTabellnavn } from "./arkoppsett";

export type Fremdrift = (melding: string) => void;

export interface Utvalg {
  /** Sheet-qualified address of what was read, e.g. "Prismatrise!A3:H16". */
  adresse: string;
  verdier: unknown[][];
}

export interface Arbeidsbok {
  /** false outside Excel: sheet buttons are disabled and `grunn` says why. */
  readonly tilgjengelig: boolean;
  readonly grunn: string | null;
  /** Writes a plan into a NEW worksheet (never an existing one) and returns the sheet's name. */
  skrivArk(plan: Arkplan, fremdrift?: Fremdrift): Promise<{ ark: string; tabeller: string[] }>;
  /** Reads the selected range; a single selected cell inside an Excel table reads the whole table. */
  lesUtvalg(fremdrift?: Fremdrift): Promise<Utvalg>;
  /**
   * Reads a customer list from the selection: the selected range; one cell inside an Excel table reads the table;
   * one cell elsewhere reads the block of filled cells around it (as Ctrl+A does).
   */
  lesKundeliste(fremdrift?: Fremdrift): Promise<Utvalg>;
}

export const IKKE_I_EXCEL =
  "Oppgaveruten kjører som nettkalkulator utenfor Excel. Åpne tillegget i Excel for å sette inn i arket eller lese en prismatrise fra arket.";

/** The standalone web calculator: everything except the workbook. */
export const utenExcel: Arbeidsbok = {
  tilgjengelig: false,
  grunn: IKKE_I_EXCEL,
  skrivArk: () => Promise.reject(new Error(IKKE_I_EXCEL)),
  lesUtvalg: () => Promise.reject(new Error(IKKE_I_EXCEL)),
  lesKundeliste: () => Promise.reject(new Error(IKKE_I_EXCEL)),
};

/** A problem the user can fix, already in Norwegian: shown as it is. */
export class Arkfeil extends Error {}

/** Office.js errors carry English messages; the user gets a Norwegian one, with the original in parentheses. */
export function norskExcelfeil(feil: unknown, handling: string): Error {
  if (feil instanceof Arkfeil) return feil;
  const original = feil instanceof Error ? feil.message : String(feil);
  const kode = (feil as { code?: string } | null)?.code;
  const hva: Record<string, string> = {
    InvalidArgument: "Excel godtok ikke verdiene",
    ItemAlreadyExists: "det finnes allerede et ark eller en tabell med det navnet",
    AccessDenied: "arbeidsboken er beskyttet eller skrivebeskyttet",
    InvalidOperationInCellEditMode: "Excel er i redigeringsmodus – trykk Enter eller Esc i cellen og prøv igjen",
    GeneralException: "Excel meldte en generell feil",
  };
  const forklaring = (kode && hva[kode]) || "Excel meldte en feil";
  return new Error(`${handling} mislyktes: ${forklaring}. (${original})`);
}

function blokkOmrade(start: string, celler: Celle[][]): string {
  const { rad, kolonne } = tolkOmrade(start);
  const bredde = Math.max(...celler.map((r) => r.length));
  return `${start}:${celleadresse(rad + celler.length - 1, kolonne + bredde - 1)}`;
}

/** Rows padded to the same width: range.formulas needs a rectangle. */
function rektangel(celler: Celle[][]): Celle[][] {
  const bredde = Math.max(...celler.map((r) => r.length));
  return celler.map((r) => [...r, ...Array<Celle>(bredde - r.length).fill("")]);
}

/**
 * The selected range; when a single cell is selected, the Excel table it is in, or else `enkeltcelle(merket)`
 * (which may throw a Norwegian Arkfeil). Shared by every "read what the user selected" action.
 */
async function merketBlokk(
  context: Excel.RequestContext,
  enkeltcelle: (merket: Excel.Range) => Excel.Range,
): Promise<Excel.Range> {
  const merket = context.workbook.getSelectedRange();
  merket.load("cellCount");
  const tabeller = merket.getTables(false);
  tabeller.load("items/name");
  await context.sync();
  if (merket.cellCount !== 1) return merket;
  // eslint-disable-next-line office-addins/load-object-before-read -- "items/name" loads the collection's items
  return tabeller.items.length > 0 ? tabeller.items[0].getRange() : enkeltcelle(merket);
}

/** The Office.js implementation. `excel` is the global `Excel` (a mock in tests). */
export function officeArbeidsbok(excel: typeof Excel): Arbeidsbok {
  return {
    tilgjengelig: true,
    grunn: null,

    async skrivArk(plan, fremdrift = () => {}) {
      try {
        return await excel.run(async (context) => {
          fremdrift("Finner et ledig arknavn …");
          const ark = context.workbook.worksheets;
          ark.load("items/name");
          const tabeller = context.workbook.tables;
          tabeller.load("items/name");
          await context.sync();
          const navn = unikArknavn(plan.arknavn, ark.items.map((a) => a.name));
          const nytt = ark.add(navn);
          // A brand-new sheet is empty; checked anyway, so nothing is ever overwritten.
          const brukt = nytt.getUsedRangeOrNullObject(true);
          brukt.load("address");
          await context.sync();
          if (!brukt.isNullObject) throw new Arkfeil(`Arket «${navn}» er ikke tomt; ingenting ble skrevet.`);

          fremdrift(`Skriver celler og formler i «${navn}» …`);
          for (const blokk of plan.blokker) {
            nytt.getRange(blokkOmrade(blokk.start, blokk.celler)).formulas = rektangel(blokk.celler) as unknown as string[][];
          }
          await context.sync();

          fremdrift("Lager tabell og formaterer …");
          const tabellnavn: string[] = [];
          const finnes = tabeller.items.map((t) => t.name);
          for (const t of plan.tabeller) {
            const tabell = nytt.tables.add(t.omrade, true);
            const tnavn = unikTabellnavn(t.navn, [...finnes, ...tabellnavn]);
            tabell.name = tnavn;
            tabell.style = t.stil;
            tabellnavn.push(tnavn);
            if (t.formater) nytt.getRange(t.omrade).numberFormat = t.formater;
          }
          for (const f of plan.formater) nytt.getRange(f.omrade).numberFormat = [[f.format]];
          for (const omrade of plan.fet) nytt.getRange(omrade).format.font.bold = true;
          for (const omrade of plan.inndata) nytt.getRange(omrade).format.fill.color = "#FFF2CC";
          nytt.getRange("A1").format.font.size = 14;
          nytt.getRange("A:A").format.columnWidth = 230;
          nytt.getRange("B:G").format.columnWidth = 110;
          nytt.activate();
          await context.sync();
          fremdrift(`Ferdig: arket «${navn}» er satt inn.`);
          return { ark: navn, tabeller: tabellnavn };
        });
      } catch (feil) {
        throw norskExcelfeil(feil, "Å sette inn arket");
      }
    },

    async lesUtvalg(fremdrift = () => {}) {
      try {
        return await excel.run(async (context) => {
          fremdrift("Leser det merkede området …");
          const omrade = await merketBlokk(context, () => {
            throw new Arkfeil("Merk hele prismatrisen (overskriftsraden og tjenestene), eller en celle i en Excel-tabell med prismatrisen.");
          });
          omrade.load("address, values");
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
          // One cell and no table: the filled block around it, as Ctrl+A does.
          const kundeliste = await merketBlokk(context, (merket) => merket.getSurroundingRegion());
          kundeliste.load("address, values, rowCount");
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
