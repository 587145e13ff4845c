import { Decimal } from "./desimal";

/** "16500.5" → "16 500,5": Norwegian digits for CSV and sheet text (space as thousands separator). */
export function norskTall(verdi: Decimal): string {
  const [heltall, brok] = verdi.toFixed().split(".");
  const fortegn = heltall.startsWith("-") ? "-" : "";
  const gruppert = heltall.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fortegn + gruppert + (brok ? "," + brok : "");
}

/** 0.3 → "30 %". */
export function norskProsent(andel: Decimal): string {
  return `${norskTall(andel.times(100))} %`;
}
