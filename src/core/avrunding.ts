import { Decimal } from "./desimal";
import { TALLKRAV, lesArgumenttall } from "./tallkrav";

/** The only rounding rule for money: half-up (0,5 → 1; −0,5 → −1, away from zero) to `desimaler` places. */
export function rundHalvOpp(verdi: Decimal, desimaler = 0): Decimal {
  return verdi.toDecimalPlaces(desimaler, Decimal.ROUND_HALF_UP);
}

/** Validates a number of decimals: an integer 0–10. */
export function tolkDesimaler(verdi: unknown, argument = "desimaler"): number {
  return lesArgumenttall(verdi, TALLKRAV.desimaler, argument)?.toNumber() ?? 0;
}
