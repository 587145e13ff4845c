/**
 * Skriver en arbeidsbokplan (src/ark) som .xlsx-bytes med exceljs. Den eneste modulen som laster exceljs: oppgaveruten
 * henter den med import(), så den blir en egen del som lastes når brukeren ber om en arbeidsbok.
 *
 * Skriveren skriver bare det planen sier: hver formel med sitt bufrede resultat (så forhåndsvisninger viser tallene),
 * og arbeidsboken ber likevel om full omregning ved åpning, så hvert regneark regner prisene selv fra arkene.
 */
import ExcelJS from "exceljs";
import type { Arbeidsbokplan, Ark, Cellestil, Resultat, Validering } from "../ark/modell";

const tynn = { style: "thin" as const, color: { argb: "FF8EA9C1" } };
const fyll = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

const STIL: Record<Cellestil, Partial<ExcelJS.Style>> = {
  tittel: { font: { bold: true, size: 14 } },
  overskrift: { font: { bold: true }, fill: fyll("FFDDEBF7"), border: { bottom: tynn } },
  // Den samme gulfargen som oppgaverutens inndataceller.
  inndata: { fill: fyll("FFFFF2CC") },
  sum: { font: { bold: true }, border: { top: tynn } },
  forklaring: { font: { italic: true, color: { argb: "FF595959" } } },
};

const VALIDERINGSTYPE = { heltall: "whole", desimal: "decimal", liste: "list" } as const;

function resultat(r: Resultat | undefined): ExcelJS.CellFormulaValue["result"] {
  if (r === undefined) return undefined;
  return typeof r === "object" ? { error: r.feil as ExcelJS.CellErrorValue["error"] } : r;
}

function validering(v: Validering): ExcelJS.DataValidation {
  const felles = {
    allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: "Ugyldig verdi", error: v.melding,
    showInputMessage: true, promptTitle: "Inndata", prompt: v.inndatamelding,
  } as const;
  return v.type === "liste"
    ? { ...felles, type: "list", formulae: [v.kilde] }
    : { ...felles, type: VALIDERINGSTYPE[v.type], operator: "between", formulae: [v.min, v.max] };
}

function skrivArk(bok: ExcelJS.Workbook, ark: Ark): void {
  const { rader, kolonner } = ark.frys;
  const views: Partial<ExcelJS.WorksheetView>[] = rader > 0 || kolonner > 0
    ? [{ state: "frozen", xSplit: kolonner, ySplit: rader }]
    : [];
  const gjenta = ark.utskrift.gjentaRader;
  const arket = bok.addWorksheet(ark.navn, {
    views,
    pageSetup: {
      paperSize: 9, orientation: ark.utskrift.liggende ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      ...(gjenta ? { printTitlesRow: `${gjenta.fra + 1}:${gjenta.til + 1}` } : {}),
    },
    headerFooter: { oddFooter: "&L&A&RSide &P av &N" },
  });
  ark.kolonnebredder.forEach((bredde, k) => {
    arket.getColumn(k + 1).width = bredde;
  });
  ark.radhoyder.forEach((h, r) => {
    if (h !== null) arket.getRow(r + 1).height = h;
  });
  ark.rader.forEach((rad, r) => {
    rad.forEach((c, k) => {
      if (!c) return;
      const celle = arket.getCell(r + 1, k + 1);
      if (c.formel !== undefined) celle.value = { formula: c.formel, result: resultat(c.resultat) } as ExcelJS.CellFormulaValue;
      else if (c.verdi !== undefined) celle.value = c.verdi;
      if (c.stil) Object.assign(celle, STIL[c.stil]);
      if (c.format) celle.numFmt = c.format;
      const wrapText = c.bryt || c.stil === "overskrift";
      if (wrapText || c.justering) {
        celle.alignment = {
          ...(wrapText ? { wrapText: true, vertical: "top" as const } : {}),
          ...(c.justering ? { horizontal: c.justering === "hoyre" ? "right" as const : "left" as const } : {}),
        };
      }
      if (c.stil === "inndata") celle.protection = { locked: false };
    });
  });
  for (const o of ark.sammenslatt) arket.mergeCells(o);
  // Én validering per område: exceljs' egen sammenslåing av like celler gir overlappende områder (D100:D385 og D15:D385).
  const modell = (arket as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  for (const v of ark.valideringer) modell[v.omrade] = validering(v);
  if (ark.beskyttet) {
    // Uten passord: brukeren kan oppheve beskyttelsen (Se gjennom → Opphev arkbeskyttelse). Alle celler kan velges og
    // kopieres, og kolonnebredder og radhøyder kan endres (exceljs: true = tillatt).
    (arket as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = { sheet: true, formatColumns: true, formatRows: true };
  }
}

export async function skrivXlsx(plan: Arbeidsbokplan): Promise<Uint8Array> {
  const bok = new ExcelJS.Workbook();
  bok.creator = "KS prisverktøy";
  bok.title = plan.tittel;
  bok.calcProperties.fullCalcOnLoad = true;
  for (const ark of plan.ark) skrivArk(bok, ark);
  return new Uint8Array(await bok.xlsx.writeBuffer());
}
