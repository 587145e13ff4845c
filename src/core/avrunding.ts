import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";

/** The only rounding rule for money: half-up (0,5 → 1; −0,5 → −1, away from zero) to `desimaler` places. */
export function rundHalvOpp(verdi: Decimal, desimaler = 0): Decimal {
  return verdi.toDecimalPlaces(desimaler, Decimal.ROUND_HALF_UP);
}

/** Validates a number of decimals: an integer 0–10. */
export function tolkDesimaler(verdi: unknown, argument = "desimaler"): number {
  if (verdi === null || verdi === undefined || verdi === "") return 0;
  const n = typeof verdi === "string" ? Number(verdi.trim().replace(",", ".")) : verdi;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 10) {
    throw new PrisFeil(`Argumentet «${argument}» må være et heltall fra 0 til 10, fikk «${String(verdi)}».`);
  }
  return n;
}
