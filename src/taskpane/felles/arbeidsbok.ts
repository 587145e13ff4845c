/// <reference types="office-js" />
/**
 * Arbeidsboken slik komponentene ser den (`Arbeidsbok`), og valget når Office har svart: Office.js-skriveren i Excel,
 * ellers en arbeidsbok som sier hvorfor arkknappene er av. Skriveren selv (excel.ts) lastes først når den brukes.
 */
import type { Ark } from "../../ark/modell";

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
  /** Skriver et ark (arkmodellen, src/ark) i et NYTT regneark (aldri et som finnes) og returnerer arkets navn. */
  skrivArk(ark: Ark, fremdrift?: Fremdrift): Promise<{ ark: string; tabeller: string[] }>;
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
  return stotter("ExcelApi", EXCEL_API) ? officeArbeidsbokVedBehov(excel) : forGammelExcel;
}

/**
 * Office.js-arbeidsboken (excel.ts) med skriveren i en egen del som hentes første gang et ark skrives eller leses:
 * den trengs ikke før brukeren trykker en arkknapp, og ruten blir klar uten den.
 */
function officeArbeidsbokVedBehov(excel: typeof Excel): Arbeidsbok {
  let bok: Promise<Arbeidsbok> | undefined;
  const hent = () => (bok ??= import(/* webpackChunkName: "excel" */ "./excel").then((m) => m.officeArbeidsbok(excel)));
  return {
    tilgjengelig: true,
    grunn: null,
    skrivArk: async (ark, fremdrift) => (await hent()).skrivArk(ark, fremdrift),
    lesUtvalg: async (fremdrift) => (await hent()).lesUtvalg(fremdrift),
    lesKundeliste: async (fremdrift) => (await hent()).lesKundeliste(fremdrift),
  };
}
