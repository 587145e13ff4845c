import { Decimal, norskKr, norskProsentendring, norskTall } from "../core";

/** Non-breaking space: "1 471 753 kr" must never wrap inside a table cell. */
const NBSP = "\u00a0";
const fast = (tekst: string) => tekst.replace(/ /g, NBSP);

/** Whole kroner, nb-NO: 1471753 → "1 471 753 kr" (the core rounds the lines; this only rounds for display). */
export function kr(verdi: Decimal | null): string {
  return verdi === null ? "" : fast(norskKr(verdi));
}

/** Kroner with a fixed number of decimals: øre (2) or per-inhabitant prices (3): 0.636 → "0,636 kr". */
export function krDesimaler(verdi: Decimal, desimaler: number): string {
  return fast(norskKr(verdi, desimaler));
}

/** A percentage already in percent (the core's endringProsent): -35.2 → "−35 %"; null → "na.". */
export function prosent(verdi: Decimal | null, desimaler = 0): string {
  return verdi === null ? "na." : fast(norskProsentendring(verdi, desimaler));
}

/** A plain whole number for labels and axes: 53712 → "53 712". */
export function heltall(verdi: number): string {
  return fast(norskTall(new Decimal(verdi), 0));
}

/** Number with decimals for per-inhabitant prices: 12.3456 → "12,35". */
export function desimaltall(verdi: number, desimaler = 2): string {
  return fast(norskTall(new Decimal(verdi), desimaler));
}

/** "1 kunde", "3 kunder". */
export function antall(n: number, entall: string, flertall: string): string {
  return `${heltall(n)} ${n === 1 ? entall : flertall}`;
}

/** For a name inside a sentence: "Standard prismatrise 2025" → "standard prismatrise 2025" (addresses untouched). */
export function iSetning(tekst: string): string {
  return tekst.charAt(0).toLowerCase() + tekst.slice(1);
}
