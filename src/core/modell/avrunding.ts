import { Decimal } from "./desimal";
import { TALLKRAV, lesArgumenttall } from "../innlesing/tallkrav";

/** Den eneste avrundingsregelen for penger: halvt opp (0,5 → 1; −0,5 → −1, bort fra null) til `desimaler` plasser. */
export function rundHalvOpp(verdi: Decimal, desimaler = 0): Decimal {
  return verdi.toDecimalPlaces(desimaler, Decimal.ROUND_HALF_UP);
}

/** Kontrollerer et antall desimaler: et heltall 0–10. */
export function tolkDesimaler(verdi: unknown, argument = "desimaler"): number {
  if (verdi === null || verdi === undefined) return 0;
  return lesArgumenttall(verdi, TALLKRAV.desimaler, argument)?.toNumber() ?? 0;
}
