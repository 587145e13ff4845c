/**
 * Skriver en arbeidsbokplan som .xlsx-bytes med exceljs. Den eneste modulen som laster exceljs: oppgaveruten henter
 * den med import(), så den blir en egen del som lastes når brukeren ber om en arbeidsbok.
 *
 * Formlene skrives uten bufrede resultater, og arbeidsboken ber om full omregning ved åpning, så hvert regneark
 * (Excel, Excel på nettet, LibreOffice, Google Regneark) regner prisene selv fra arkene.
 */
import ExcelJS from "exceljs";
import type { Arbeidsbokplan, Cellestil } from "./plan";

const tynn = { style: "thin" as const, color: { argb: "FF8EA9C1" } };
const fyll = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

const STIL: Record<Cellestil, Partial<ExcelJS.Style>> = {
  tittel: { font: { bold: true, size: 14 } },
  overskrift: { font: { bold: true }, fill: fyll("FFDDEBF7"), alignment: { wrapText: true, vertical: "top" }, border: { bottom: tynn } },
  // Den samme gulfargen som oppgaverutens inndataceller.
  inndata: { fill: fyll("FFFFF2CC") },
  sum: { font: { bold: true }, border: { top: tynn } },
  forklaring: { font: { italic: true, color: { argb: "FF595959" } } },
};

const VALIDERINGSTYPE = { heltall: "whole", desimal: "decimal" } as const;

export async function skrivXlsx(plan: Arbeidsbokplan): Promise<Uint8Array> {
  const bok = new ExcelJS.Workbook();
  bok.creator = "KS prisverktøy";
  bok.title = plan.tittel;
  bok.calcProperties.fullCalcOnLoad = true;
  for (const ark of plan.ark) {
    const { rader, kolonner } = ark.frys;
    const views: Partial<ExcelJS.WorksheetView>[] = rader > 0 || kolonner > 0
      ? [{ state: "frozen", xSplit: kolonner, ySplit: rader }]
      : [];
    const arket = bok.addWorksheet(ark.navn, { views });
    ark.kolonnebredder.forEach((bredde, k) => {
      arket.getColumn(k + 1).width = bredde;
    });
    ark.rader.forEach((rad, r) => {
      rad.forEach((c, k) => {
        if (!c) return;
        const celle = arket.getCell(r + 1, k + 1);
        if (c.formel !== undefined) celle.value = { formula: c.formel };
        else if (c.verdi !== undefined) celle.value = c.verdi;
        if (c.stil) Object.assign(celle, STIL[c.stil]);
        if (c.format) celle.numFmt = c.format;
      });
    });
    for (const v of ark.valideringer) {
      const [fra, til = fra] = v.omrade.split(":").map((a) => arket.getCell(a));
      for (let r = Number(fra.row); r <= Number(til.row); r++) {
        for (let k = Number(fra.col); k <= Number(til.col); k++) {
          arket.getCell(r, k).dataValidation = {
            type: VALIDERINGSTYPE[v.type],
            operator: "between",
            formulae: [v.min, v.max],
            allowBlank: true,
            showErrorMessage: true,
            errorStyle: "stop",
            errorTitle: "Ugyldig verdi",
            error: v.melding,
          };
        }
      }
    }
  }
  return new Uint8Array(await bok.xlsx.writeBuffer());
}
