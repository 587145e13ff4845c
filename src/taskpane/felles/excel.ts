/// <reference types="office-js" />
/**
 * ALL lesing og skriving i arbeidsboken. Komponentene får en `Arbeidsbok` (kontekst/prop), så de tegnes og
 * testes uten Excel, og den samme siden kjører frittstående i en nettleser.
 */
import { Decimal, norskTall } from "../../core";
import { kolonnebokstav, omrade, omradegrenser, ref } from "../../ark/adresser";
import type { Ark, Celle, Cellestil, Validering } from "../../ark/modell";
import { FORMAT } from "../../ark/tallformat";
import { unikArknavn, unikTabellnavn } from "./arkoppsett";

// Typene og tilkoblingen (velgArbeidsbok) står i arbeidsbok.ts, så ruten kan starte uten skriveren og hente den ved første bruk.
import type { Arbeidsbok } from "./arbeidsbok";
export { type Arbeidsbok, EXCEL_API, FOR_GAMMEL_EXCEL, type Fremdrift, IKKE_I_EXCEL, type Utvalg, forGammelExcel, utenExcel, velgArbeidsbok } from "./arbeidsbok";

/** Høyst så mange celler leses fra et merket område (en kundeliste for hele sektoren er ~5 000 celler). */
export const MAKS_CELLER = 100_000;

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

/** Office.js' kolonnebredde i punkter for en bredde i tegn (arkmodellens enhet): 7 piksler per tegn og 5 piksler marg. */
export const punkterFraTegn = (tegn: number) => Math.round((tegn * 7 + 5) * 0.75 * 4) / 4;

/** Hvordan hver cellestil ser ut i Excel, de samme fargene som i den frittstående arbeidsboken (src/arbeidsbok/xlsx.ts). */
const STIL: Record<Cellestil, { fet?: boolean; storrelse?: number; kursiv?: boolean; farge?: string; fyll?: string }> = {
  tittel: { fet: true, storrelse: 14 },
  overskrift: { fet: true, fyll: "#DDEBF7" },
  inndata: { fyll: "#FFF2CC" },
  sum: { fet: true },
  forklaring: { kursiv: true, farge: "#595959" },
};

/**
 * Verdien en celle får gjennom range.values. Tekst får apostrof foran, slik Excel selv merker tekst: «=WEBSERVICE(…)»,
 * «-5 %» og «0301» blir stående som den teksten, ikke som formel eller tall. null lar cellen være (formler og tomme).
 */
function somVerdi(celle: Celle | null): string | number | null {
  if (!celle || celle.formel !== undefined || celle.verdi === undefined || celle.verdi === "") return null;
  return typeof celle.verdi === "number" ? celle.verdi : `'${celle.verdi}`;
}

/** Utseendet til en celle utover tallformatet (stil, bryting, justering), som nøkkel: like naboceller formateres samlet. */
const utseende = (c: Celle | null) => (c && (c.stil || c.bryt || c.justering) ? `${c.stil ?? ""}|${c.bryt ? 1 : 0}|${c.justering ?? ""}` : "");

function formater(omrade: Excel.Range, c: Celle): void {
  const stil = c.stil ? STIL[c.stil] : {};
  if (stil.fet) omrade.format.font.bold = true;
  if (stil.storrelse) omrade.format.font.size = stil.storrelse;
  if (stil.kursiv) omrade.format.font.italic = true;
  if (stil.farge) omrade.format.font.color = stil.farge;
  if (stil.fyll) omrade.format.fill.color = stil.fyll;
  if (c.bryt) omrade.format.wrapText = true;
  if (c.justering) omrade.format.horizontalAlignment = c.justering === "hoyre" ? "Right" : "Left";
}

/**
 * En inndatavalidering med de samme grensene og norske meldingene som i den frittstående arbeidsboken: Excel avviser en
 * ugyldig verdi og viser inndatameldingen når cellen velges.
 */
function valider(omrade: Excel.Range, v: Validering): void {
  const validering = omrade.dataValidation;
  validering.rule = v.type === "liste"
    ? { list: { inCellDropDown: true, source: `=${v.kilde}` } }
    : { [v.type === "heltall" ? "wholeNumber" : "decimal"]: { formula1: v.min, formula2: v.max, operator: "Between" } };
  validering.ignoreBlanks = true;
  validering.errorAlert = { showAlert: true, style: "Stop", title: "Ugyldig verdi", message: v.melding };
  validering.prompt = { showPrompt: true, title: "Inndata", message: v.inndatamelding };
}

/** Utskriften som i den frittstående arbeidsboken: A4, tilpasset sidebredden, arknavn og sidetall i bunnteksten. */
function utskrift(nytt: Excel.Worksheet, ark: Ark): void {
  const side = nytt.pageLayout;
  side.paperSize = "A4";
  side.orientation = ark.utskrift.liggende ? "Landscape" : "Portrait";
  side.zoom = { horizontalFitToPages: 1 };
  side.headersFooters.defaultForAllPages.leftFooter = "&A";
  side.headersFooters.defaultForAllPages.rightFooter = "Side &P av &N";
  const gjenta = ark.utskrift.gjentaRader;
  if (gjenta) side.setPrintTitleRows(`$${gjenta.fra + 1}:$${gjenta.til + 1}`);
}

/**
 * Køer hele arket på det nye regnearket (ingen sync her): verdier, tilleggets egne formler, tabeller, tallformater,
 * stiler, kolonnebredder, radhøyder, sammenslåtte celler, valideringer, frysing, utskrift og beskyttelse.
 */
function koSkriving(nytt: Excel.Worksheet, ark: Ark, opptatteNavn: string[]): string[] {
  const bredde = Math.max(1, ...ark.rader.map((r) => r.length));
  // En Excel-tabell tegner sin egen overskriftsrad: overskriftsstilens lyse fyll ville dekket tabellstilen.
  const tabellhoder = new Set((ark.tabeller ?? []).flatMap((t) => {
    const g = omradegrenser(t.omrade);
    return Array.from({ length: g.tilKolonne - g.fraKolonne + 1 }, (_, i) => `${g.fraRad}:${g.fraKolonne + i}`);
  }));
  const rutenett = ark.rader.map((r, i) => Array.from({ length: bredde }, (_, k) => {
    const c = r[k] ?? null;
    return c?.stil === "overskrift" && tabellhoder.has(`${i}:${k}`) ? { ...c, stil: undefined } : c;
  }));
  if (rutenett.length > 0) {
    const alt = nytt.getRange(omrade(0, 0, rutenett.length - 1, bredde - 1));
    alt.values = rutenett.map((rad) => rad.map(somVerdi));
    if (rutenett.some((rad) => rad.some((c) => c?.formel !== undefined))) {
      alt.formulas = rutenett.map((rad) => rad.map((c) => (c?.formel !== undefined ? `=${c.formel}` : null)));
    }
  }
  const tabellnavn: string[] = [];
  for (const t of ark.tabeller ?? []) {
    const tabell = nytt.tables.add(t.omrade, true);
    const navn = unikTabellnavn(t.navn, [...opptatteNavn, ...tabellnavn]);
    tabell.name = navn;
    tabell.style = t.stil;
    tabellnavn.push(navn);
  }
  if (rutenett.length > 0) {
    nytt.getRange(omrade(0, 0, rutenett.length - 1, bredde - 1)).numberFormat = rutenett.map((rad) => rad.map((c) => c?.format ?? FORMAT.generelt));
  }
  rutenett.forEach((rad, r) => {
    for (let k = 0; k < bredde;) {
      let til = k;
      while (til + 1 < bredde && utseende(rad[til + 1]) === utseende(rad[k])) til++;
      const c = rad[k];
      if (c && utseende(c)) formater(nytt.getRange(omrade(r, k, r, til)), c);
      k = til + 1;
    }
  });
  for (let k = 0; k < ark.kolonnebredder.length;) {
    let til = k;
    while (til + 1 < ark.kolonnebredder.length && ark.kolonnebredder[til + 1] === ark.kolonnebredder[k]) til++;
    nytt.getRange(`${kolonnebokstav(k)}:${kolonnebokstav(til)}`).format.columnWidth = punkterFraTegn(ark.kolonnebredder[k]);
    k = til + 1;
  }
  ark.radhoyder.forEach((h, r) => {
    if (h !== null) nytt.getRange(`${r + 1}:${r + 1}`).format.rowHeight = h;
  });
  for (const o of ark.sammenslatt) nytt.getRange(o).merge(false);
  for (const v of ark.valideringer) valider(nytt.getRange(v.omrade), v);
  if (ark.frys.rader > 0 || ark.frys.kolonner > 0) nytt.freezePanes.freezeAt(omrade(0, 0, Math.max(ark.frys.rader, 1) - 1, Math.max(ark.frys.kolonner, 1) - 1));
  utskrift(nytt, ark);
  if (ark.beskyttet) {
    rutenett.forEach((rad, r) => rad.forEach((c, k) => {
      if (c?.stil === "inndata") nytt.getRange(ref(r, k)).format.protection.locked = false;
    }));
    // Uten passord, som i den frittstående arbeidsboken: brukeren kan oppheve beskyttelsen.
    nytt.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
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
          const navn = unikArknavn(plan.navn, ark.items.map((a) => a.name));
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
