import { Decimal } from "./desimal";

/**
 * Norwegian digits: space as thousands separator, decimal comma, a true minus sign (−, U+2212), never "−0".
 * The number reader (norsktall.ts) reads all of these back.
 * Without `desimaler` every decimal is kept ("16500.5" → "16 500,5", the CSV format); with it the
 * number is rounded half-up to that many places (53712.4 → "53 712").
 */
export function norskTall(verdi: Decimal, desimaler?: number): string {
  const tekst = desimaler === undefined ? verdi.toFixed() : verdi.toFixed(desimaler, Decimal.ROUND_HALF_UP);
  const [heltall, brok] = tekst.split(".");
  const fortegn = heltall.startsWith("-") && /[1-9]/.test(tekst) ? "\u2212" : "";
  const gruppert = heltall.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fortegn + gruppert + (brok ? "," + brok : "");
}

/** Kroner for display: 1471753 → "1 471 753 kr" (whole kroner unless `desimaler` says otherwise). */
export function norskKr(verdi: Decimal, desimaler = 0): string {
  return `${norskTall(verdi, desimaler)} kr`;
}

/** A value already in percent, for display: -35.2 → "−35 %". */
export function norskProsentendring(prosent: Decimal, desimaler = 0): string {
  return `${norskTall(prosent, desimaler)} %`;
}

/** A fraction as percent with every decimal kept: 0.3 → "30 %" (the CSV format). */
export function norskProsent(andel: Decimal): string {
  return `${norskTall(andel.times(100))} %`;
}
