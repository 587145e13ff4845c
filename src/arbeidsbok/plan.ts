/**
 * A portable workbook as plain data: sheets of cells with values or native formulas, number formats, column
 * widths, frozen panes and input validation. No exceljs, Node or React here: xlsx.ts turns a plan into .xlsx
 * bytes, and the command line and the taskpane build the same plans.
 */
import { celleadresse } from "../core";

/** How a cell looks: title, table header, input (yellow, may be edited), sum row, explanation. */
export type Cellestil = "tittel" | "overskrift" | "inndata" | "sum" | "forklaring";

/**
 * One cell: a plain value or a native formula (canonical English syntax with commas, without "=", as
 * in the file format). Text is always a value, never a formula, whatever it looks like.
 */
export interface Celle {
  verdi?: string | number;
  formel?: string;
  /** Number format in Excel's invariant syntax ('#,##0 "kr"', "0 %"). */
  format?: string;
  stil?: Cellestil;
}

/** Input validation of a range: a whole or decimal number from min to max, with a Norwegian message. */
export interface Validering {
  omrade: string;
  type: "heltall" | "desimal";
  min: number;
  max: number;
  melding: string;
}

export interface Ark {
  navn: string;
  /** Rows from A1; null or a missing entry = empty cell. */
  rader: (Celle | null)[][];
  /** Column widths in characters, from column A. */
  kolonnebredder: number[];
  /** Rows and columns frozen at the top and left (0 = none). */
  frys: { rader: number; kolonner: number };
  valideringer: Validering[];
}

export interface Arbeidsbokplan {
  /** Document title (file properties). */
  tittel: string;
  ark: Ark[];
}

/** Builds a sheet cell by cell (0-based row and column). */
export class Arkbygger {
  private readonly rader: (Celle | null)[][] = [];
  private readonly valideringer: Validering[] = [];

  constructor(readonly navn: string) {}

  sett(rad: number, kolonne: number, celle: Celle | null): this {
    const r = (this.rader[rad] ??= []);
    while (r.length < kolonne) r.push(null);
    r[kolonne] = celle;
    return this;
  }

  /** Cells from (rad, kolonne) to the right. */
  rad(rad: number, kolonne: number, celler: (Celle | null)[]): this {
    celler.forEach((c, i) => this.sett(rad, kolonne + i, c));
    return this;
  }

  valider(validering: Validering): this {
    this.valideringer.push(validering);
    return this;
  }

  bygg(kolonnebredder: number[], frys: Ark["frys"] = { rader: 0, kolonner: 0 }): Ark {
    const rader = Array.from({ length: this.rader.length }, (_, i) => this.rader[i] ?? []);
    return { navn: this.navn, rader, kolonnebredder, frys, valideringer: this.valideringer };
  }
}

/** A text cell (a value, never a formula). */
export const tekst = (verdi: string, stil?: Cellestil): Celle => (stil ? { verdi, stil } : { verdi });

/** Every formula of a plan, with its address: for tests and the formula count. */
export function formler(plan: Arbeidsbokplan): { ark: string; adresse: string; formel: string }[] {
  return plan.ark.flatMap((ark) =>
    ark.rader.flatMap((rad, r) =>
      rad.flatMap((c, k) => (c?.formel === undefined ? [] : [{ ark: ark.navn, adresse: celleadresse(r, k), formel: c.formel }]))));
}
