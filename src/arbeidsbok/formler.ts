/**
 * Pieces of native formulas, in the canonical English syntax of the file format (commas between arguments;
 * Excel and LibreOffice show them with the user's own separators). Only functions that Excel 2016, Excel on the
 * web, LibreOffice Calc and Google Sheets all have are used: see docs/arbeidsbok.md.
 */
import { celleadresse } from "../core";

/** Column letters of a 0-based column: 0 → "A", 27 → "AB". */
function kolonnebokstav(kolonne: number): string {
  return celleadresse(0, kolonne).replace(/\d+$/, "");
}

/** A cell reference with optional $ on column and row: ref(5, 1, true, true) → "$B$6". */
export function ref(rad: number, kolonne: number, absKolonne = false, absRad = false): string {
  return `${absKolonne ? "$" : ""}${kolonnebokstav(kolonne)}${absRad ? "$" : ""}${rad + 1}`;
}

/** An absolute reference: "$B$6". */
export const abs = (rad: number, kolonne: number) => ref(rad, kolonne, true, true);

/** A sheet name in a formula: bare when it is a plain word, else quoted with inner quotes doubled. */
export function arknavn(ark: string): string {
  const bar = /^[A-Za-z_][A-Za-z0-9_]*$/.test(ark) && !/^([A-Za-z]{1,3}\d+|[RrCc]\d*)$/.test(ark);
  return bar ? ark : `'${ark.replace(/'/g, "''")}'`;
}

/** An absolute reference to a cell on another sheet: "Prismatrise!$C$16". */
export const arkcelle = (ark: string, rad: number, kolonne: number) => `${arknavn(ark)}!${abs(rad, kolonne)}`;

/** An absolute column range on another sheet: "Prismatrise!$A$4:$A$16" (rows fra..til, 0-based, inclusive). */
export const arkkolonne = (ark: string, kolonne: number, fra: number, til: number) =>
  `${arknavn(ark)}!${abs(fra, kolonne)}:${abs(til, kolonne)}`;

/** A text literal: quotes doubled. */
export const streng = (tekst: string) => `"${tekst.replace(/"/g, '""')}"`;

/**
 * Half-up to whole kroner as the core rounds (ROUND is half away from zero; the amounts are never negative).
 * The inner ROUND(…,6) first snaps the floating-point result to 6 decimals, so an exact tie such as 83 197,5 that
 * the arithmetic gives as 83 197,49999999999 is rounded up as the core does. The proof and its bound are in
 * docs/arbeidsbok.md ("Avrunding").
 */
export const halvOpp = (uttrykk: string) => `ROUND(ROUND(${uttrykk},6),0)`;

/**
 * The lookup key for an exact MATCH on a name in `celle`. MATCH treats * ? ~ as wildcards in Excel and in
 * LibreOffice's xlsx mode, so a name that contains one is escaped with ~ (only then: plain names keep short formulas).
 */
export function oppslagsnokkel(celle: string, navn: string): string {
  if (!/[~*?]/.test(navn)) return celle;
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${celle},"~","~~"),"*","~*"),"?","~?")`;
}

/** The value of a looked-up matrix cell, where a blank cell stays blank ("") instead of becoming 0. */
export const tomBlirTom = (oppslag: string) => `IF(${oppslag}="","",${oppslag})`;

/** Nested IFs that give the message of the first true condition, else "" (the Merknad columns). */
export function forsteMelding(par: readonly [betingelse: string, melding: string][]): string {
  return par.reduceRight((resten, [betingelse, melding]) => `IF(${betingelse},${streng(melding)},${resten})`, '""');
}
