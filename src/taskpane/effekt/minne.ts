/**
 * The last analysis, kept while the taskpane lives: switching to another tab and back keeps the results and the
 * what-if state (the Sektor holds it). A run for another matrix or population year is not reused.
 */
import type { Befolkningsar, Prismatrise } from "../../core";
import type { Analyse } from "./analyse";

let sist: { matrise: Prismatrise; ar: Befolkningsar; analyse: Analyse } | null = null;

export function huskAnalyse(matrise: Prismatrise, ar: Befolkningsar, analyse: Analyse): void {
  sist = { matrise, ar, analyse };
}

export function hentAnalyse(matrise: Prismatrise, ar: Befolkningsar): Analyse | null {
  return sist !== null && sist.matrise === matrise && sist.ar === ar ? sist.analyse : null;
}
