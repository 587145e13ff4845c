import { Decimal } from "../modell/desimal";

/**
 * Norske tall: mellomrom som tusenskille, desimalkomma, et ekte minustegn (−, U+2212), aldri "−0".
 * Tall-leseren (norsktall.ts) leser alle disse tilbake.
 * Uten `desimaler` beholdes alle desimalene ("16500.5" → "16 500,5", CSV-formatet); med den
 * avrundes tallet halvt opp til så mange plasser (53712.4 → "53 712").
 */
export function norskTall(verdi: Decimal, desimaler?: number): string {
  const tekst = desimaler === undefined ? verdi.toFixed() : verdi.toFixed(desimaler, Decimal.ROUND_HALF_UP);
  const [heltall, brok] = tekst.split(".");
  const fortegn = heltall.startsWith("-") && /[1-9]/.test(tekst) ? "\u2212" : "";
  const gruppert = heltall.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fortegn + gruppert + (brok ? "," + brok : "");
}

/** Kroner til visning: 1471753 → "1 471 753 kr" (hele kroner med mindre `desimaler` sier noe annet). */
export function norskKr(verdi: Decimal, desimaler = 0): string {
  return `${norskTall(verdi, desimaler)} kr`;
}

/** En verdi som allerede er i prosent, til visning: -35.2 → "−35 %". */
export function norskProsentendring(prosent: Decimal, desimaler = 0): string {
  return `${norskTall(prosent, desimaler)} %`;
}

/** En brøk som prosent med alle desimalene: 0.3 → "30 %" (CSV-formatet). */
export function norskProsent(andel: Decimal): string {
  return `${norskTall(andel.times(100))} %`;
}
