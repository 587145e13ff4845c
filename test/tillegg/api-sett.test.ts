/**
 * Byggetest: hvert Excel API-medlem koden i src bruker, hører til et Excel API-sett som manifest.xml krever.
 *
 * TypeScript-kompilatoren leser src; for hver egenskapstilgang (`område.values`, `ark.getRange(…)`, `excel.run`) og hver
 * egenskap i en load-streng (`load("address, values")`, `load("items/name")`) slås medlemmet opp i typene. Ligger
 * deklarasjonen i `namespace Excel` i @types/office-js, leses settet fra dokumentasjonen, som merker hvert medlem med
 * `[Api set: ExcelApi x.y]`. Det høyeste settet må være nøyaktig det manifestet krever og det excel.ts sjekker ved kjøring
 * (EXCEL_API): manifestet ber ikke om mer enn koden trenger, og koden bruker ikke mer enn manifestet lover.
 */
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import ts from "typescript";
import { EXCEL_API } from "../../src/taskpane/felles/excel";

const ROT = resolve(__dirname, "../..");
const OFFICE_TYPER = join(ROT, "node_modules/@types/office-js/index.d.ts");

/**
 * Grunnmedlemmene i Excel-objektmodellen har ikke egen settmerking i typene: Excel.run, context.workbook, load og
 * items på samlinger finnes fra ExcelApi 1.1. (sync og isNullObject hører til OfficeExtension, ikke Excel.)
 */
const GRUNNMEDLEMMER = new Set(["run", "workbook", "load", "items"]);

interface Medlem {
  /** «Range.getTables», «Worksheet.name», … */
  navn: string;
  /** «ExcelApi 1.9», eller «grunn» for grunnmedlemmene. */
  sett: string;
  /** Filen og linjen der det brukes første gang. */
  sted: string;
}

function kildefiler(mappe: string): string[] {
  return readdirSync(mappe, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
    .map((f) => join(f.parentPath, f.name));
}

/** Settet en deklarasjon i Excel-navnerommet er merket med, «grunn» for umerkede grunnmedlemmer, null utenfor Excel. */
function settFor(deklarasjon: ts.Declaration, navn: string): string | null {
  if (resolve(deklarasjon.getSourceFile().fileName) !== OFFICE_TYPER) return null;
  let node: ts.Node | undefined = deklarasjon;
  while (node && !(ts.isModuleDeclaration(node) && node.name.getText() === "Excel")) node = node.parent;
  if (!node) return null;
  const dok = ts.getJSDocCommentsAndTags(deklarasjon).map((d) => d.getText()).join("\n");
  const merke = /\[Api set: ([^\]]+)\]/.exec(dok);
  if (merke) return merke[1].trim();
  return GRUNNMEDLEMMER.has(navn) ? "grunn" : `umerket (${navn})`;
}

function typenavn(type: ts.Type, checker: ts.TypeChecker): string {
  return checker.typeToString(type).replace(/^typeof /, "").replace(/^Excel\./, "");
}

/** Excel-medlemmene brukt i hver av filene (nøkkel: filen), med settet hvert er merket med. */
function excelMedlemmer(filer: string[]): Map<string, Map<string, Medlem>> {
  const program = ts.createProgram(filer, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX, strict: true, skipLibCheck: true, noEmit: true, types: ["office-js", "node"], resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const funnet = new Map(filer.map((f) => [f, new Map<string, Medlem>()]));
  const registrer = (eier: ts.Type, navn: string, deklarasjon: ts.Declaration | undefined, node: ts.Node) => {
    const sett = deklarasjon && settFor(deklarasjon, navn);
    if (!sett) return;
    const fil = node.getSourceFile();
    const { line } = fil.getLineAndCharacterOfPosition(node.getStart());
    const nokkel = `${typenavn(eier, checker)}.${navn}`;
    const iFilen = funnet.get(resolve(fil.fileName))!;
    if (!iFilen.has(nokkel)) iFilen.set(nokkel, { navn: nokkel, sett, sted: `${fil.fileName.replace(`${ROT}/`, "")}:${line + 1}` });
  };
  /** «items/name» på en samling: items, så name på elementtypen. */
  const lastesti = (type: ts.Type, sti: string, node: ts.Node) => {
    let gjeldende: ts.Type | undefined = type;
    for (const del of sti.split("/")) {
      if (!gjeldende) return;
      const egenskap = gjeldende.getProperty(del);
      if (!egenskap) throw new Error(`${node.getSourceFile().fileName}: load("${sti}") – ${typenavn(gjeldende, checker)} har ikke «${del}».`);
      registrer(gjeldende, del, egenskap.declarations?.[0], node);
      const t = checker.getTypeOfSymbolAtLocation(egenskap, node);
      gjeldende = checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t;
    }
  };
  const besok = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      const eier = checker.getTypeAtLocation(node.expression);
      let deklarasjon = symbol?.declarations?.[0];
      // Et metodekall: den overlasten TypeScript faktisk valgte.
      if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
        deklarasjon = checker.getResolvedSignature(node.parent)?.declaration as ts.Declaration | undefined ?? deklarasjon;
        if (node.name.text === "load" && deklarasjon && settFor(deklarasjon, "load")) {
          for (const arg of node.parent.arguments) {
            if (!ts.isStringLiteralLike(arg)) throw new Error(`${node.getSourceFile().fileName}: load() med noe annet enn en streng kan ikke sjekkes.`);
            for (const sti of arg.text.split(",").map((s) => s.trim()).filter(Boolean)) lastesti(eier, sti, arg);
          }
        }
      }
      registrer(eier, node.name.text, deklarasjon, node);
    }
    ts.forEachChild(node, besok);
  };
  for (const fil of program.getSourceFiles()) {
    if (funnet.has(resolve(fil.fileName))) besok(fil);
  }
  return funnet;
}

/**
 * Versjonen i et settmerke: «ExcelApi 1.9» → 9. Et medlem med flere sett for ulike bruksmåter («ExcelApi 1.2 for
 * options; 1.7 for password», WorksheetProtection.protect) regnes strengt med det høyeste.
 */
const versjon = (sett: string) => {
  if (!sett.startsWith("ExcelApi ")) return NaN;
  const deler = sett.slice("ExcelApi ".length).split(";").map((d) => /^1\.(\d+)(?: for \w+)?$/.exec(d.trim())?.[1]);
  return deler.some((d) => d === undefined) ? NaN : Math.max(...deler.map(Number));
};

const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (n) => n === "Set" })
  .parse(readFileSync(join(ROT, "manifest.xml"), "utf8")).OfficeApp;
const kravsett = manifest.Requirements.Sets.Set as { "@_Name": string; "@_MinVersion": string }[];

/** En fil som bruker et nyere medlem (Range.getSpillingToRange, ExcelApi 1.12), også i en load-streng: må bli funnet. */
function provefil(): string {
  const fil = join(mkdtempSync(join(tmpdir(), "api-sett-")), "ny.ts");
  writeFileSync(fil, [
    "/// <reference types=\"office-js\" />",
    "export async function ny(context: Excel.RequestContext) {",
    "  const r = context.workbook.getSelectedRange().getSpillingToRange();",
    "  r.load(\"hasSpill\");",
    "  await context.sync();",
    "}",
  ].join("\n"));
  return fil;
}

describe("Excel API-sett", () => {
  const kilder = kildefiler(join(ROT, "src")).map((f) => resolve(f));
  const prove = provefil();
  const perFil = excelMedlemmer([...kilder, prove]);
  const medlemmer = new Map(kilder.flatMap((f) => [...perFil.get(f)!]));
  const liste = [...medlemmer.values()];

  test("manifestet krever ExcelApi-settet som excel.ts sjekker ved kjøring", () => {
    expect(kravsett).toContainEqual({ "@_Name": "ExcelApi", "@_MinVersion": EXCEL_API });
  });

  test("hvert Excel-medlem i src er merket med et ExcelApi-sett (eller er et grunnmedlem)", () => {
    const ukjente = liste.filter((m) => m.sett !== "grunn" && Number.isNaN(versjon(m.sett)));
    expect(ukjente.map((m) => `${m.navn} (${m.sett}) i ${m.sted}`)).toEqual([]);
  });

  test("ingen medlem krever mer enn manifestet, og manifestet krever ikke mer enn det høyeste medlemmet", () => {
    const krevd = versjon(`ExcelApi ${EXCEL_API}`);
    const forNye = liste.filter((m) => versjon(m.sett) > krevd);
    expect(forNye.map((m) => `${m.navn} (${m.sett}) i ${m.sted}`)).toEqual([]);
    const hoyeste = Math.max(...liste.filter((m) => m.sett !== "grunn").map((m) => versjon(m.sett)));
    expect(`1.${hoyeste}`).toBe(EXCEL_API);
    // Antallet står i testloggen.
    console.log(`Excel API-medlemmer sjekket: ${liste.length} (${liste.filter((m) => m.sett === "grunn").length} grunnmedlemmer), høyeste sett ExcelApi 1.${hoyeste}`);
  });

  test("oppslaget finner medlemmene vi vet er i bruk, med settene dokumentasjonen oppgir", () => {
    const sett = (navn: string) => medlemmer.get(navn)?.sett;
    expect(liste.length).toBeGreaterThan(30);
    expect(sett("Range.getTables")).toBe("ExcelApi 1.9");
    expect(sett("Range.getSurroundingRegion")).toBe("ExcelApi 1.7");
    expect(sett("Range.getUsedRangeOrNullObject")).toBe("ExcelApi 1.4");
    expect(sett("Range.values")).toBe("ExcelApi 1.1");
    expect(sett("Range.rowCount")).toBe("ExcelApi 1.1");
    expect(sett("RangeFormat.columnWidth")).toBe("ExcelApi 1.2");
    expect(sett("Workbook.names")).toBe("ExcelApi 1.1");
    expect(sett("NamedItem.name")).toBe("ExcelApi 1.1");
    expect(sett("Worksheet.id")).toBe("ExcelApi 1.1");
    expect(sett("Excel.run")).toBe("grunn");
  });

  test("et nyere medlem blir oppdaget, også i en load-streng", () => {
    const funnet = perFil.get(prove)!;
    expect(funnet.get("Range.getSpillingToRange")?.sett).toBe("ExcelApi 1.12");
    expect(funnet.get("Range.hasSpill")?.sett).toBe("ExcelApi 1.12");
  });
});
