import { type Decimal, norskTall, rundHalvOpp } from "../core";

/** Non-breaking space: "1 471 753 kr" must never wrap inside a table cell. */
const NBSP = "\u00a0";

/** Whole kroner, nb-NO: 1471753 → "1 471 753 kr" (the core rounds the lines; this only rounds for display). */
export function kr(verdi: Decimal | null): string {
  if (verdi === null) return "";
  return `${norskTall(rundHalvOpp(verdi)).replace(/ /g, NBSP)}${NBSP}kr`;
}

/** A percentage already in percent (the core's endringProsent): -35.2 → "-35 %"; null → "na.". */
export function prosent(verdi: Decimal | null): string {
  if (verdi === null) return "na.";
  const avrundet = rundHalvOpp(verdi);
  return `${norskTall(avrundet.isZero() ? avrundet.abs() : avrundet).replace(/ /g, NBSP)}${NBSP}%`;
}

/** A plain whole number for labels and axes: 53712 → "53 712". */
export function heltall(verdi: number): string {
  return Math.round(verdi).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Number with decimals for per-inhabitant prices: 12.3456 → "12,35". */
export function desimaltall(verdi: number, desimaler = 2): string {
  const [hel, brok] = Math.abs(verdi).toFixed(desimaler).split(".");
  return (verdi < 0 ? "-" : "") + hel.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) + (brok ? "," + brok : "");
}
