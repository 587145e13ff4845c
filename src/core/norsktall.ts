import { Decimal } from "./desimal";

/** What a cell holds when read as a number. */
export type Talltolkning =
  | { type: "tall"; verdi: Decimal; prosent: boolean }
  /** Blank, "NA", "na." or "-": not offered / not given. */
  | { type: "tom" }
  | { type: "ugyldig" };

const TOMME = new Set(["", "na", "na.", "n/a", "-", "–"]);
// Spaces Excel and Norwegian number formats use as thousands separators.
const MELLOMROM = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads a number as Excel hands it over: a number, or Norwegian text such as "0,636",
 * "3 000 kr", "30 %", "1 234,50", "−5". A trailing "%" divides by 100.
 * Decision: "." is accepted as a decimal point (text pasted from English sources); text with both
 * "." and "," is rejected rather than guessed.
 */
export function tolkNorskTall(celle: unknown): Talltolkning {
  if (celle === null || celle === undefined) return { type: "tom" };
  if (typeof celle === "number") {
    return Number.isFinite(celle) ? { type: "tall", verdi: new Decimal(celle), prosent: false } : { type: "ugyldig" };
  }
  if (typeof celle !== "string") return { type: "ugyldig" };
  let tekst = celle.trim().toLowerCase();
  if (TOMME.has(tekst)) return { type: "tom" };
  tekst = tekst.replace(MELLOMROM, "").replace(/\u2212/g, "-");
  tekst = tekst.replace(/^kr\.?/, "").replace(/(kr\.?|,-)$/, "");
  let prosent = false;
  if (tekst.endsWith("%")) {
    prosent = true;
    tekst = tekst.slice(0, -1);
  }
  if (tekst.includes(",") && tekst.includes(".")) return { type: "ugyldig" };
  tekst = tekst.replace(",", ".");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(tekst)) return { type: "ugyldig" };
  const verdi = new Decimal(tekst);
  return { type: "tall", verdi: prosent ? verdi.div(100) : verdi, prosent };
}

/**
 * Reads an amount in kroner as the cell holds it: a number or Norwegian text ≥ 0 ("3 000 kr", "41 000").
 * A percentage or a negative amount is "ugyldig"; blank/NA is "tom".
 */
export function tolkBelopsverdi(celle: unknown): Talltolkning {
  const tall = tolkNorskTall(celle);
  return tall.type === "tall" && (tall.prosent || tall.verdi.isNegative()) ? { type: "ugyldig" } : tall;
}

/** Formats a Decimal the Norwegian way for CSV/cells: decimal comma, no thousands separator. */
export function norskDesimaltekst(verdi: Decimal): string {
  return verdi.toFixed().replace(".", ",");
}
