import type { Decimal } from "./desimal";

/** fastpris + innbyggerpris · P · (1 − størrelsesjustering · P / Pref) for én kundetype. Uforanderlig. */
export interface Prisledd {
  readonly fastpris: Decimal;
  readonly innbyggerpris: Decimal;
  /** a, som brøk: 30 % = 0.3. */
  readonly justering: Decimal;
}

/**
 * Hurtigstiens minne for én prisrad (raskpris.ts): heltallskonstantene for den siste Pref raden ble brukt med.
 * Raden selv er frosset, så konstantene kan aldri bli utdaterte; minnecellen henger på raden under et symbol,
 * ikke-tellbar (usynlig for JSON, likhet og spredning: en kopi { ...ledd, fastpris } starter uten).
 */
export const HURTIGLAGER: unique symbol = Symbol("hurtiglager");
export interface Hurtiglager {
  verdi: unknown;
}

/** En frosset prisrad med en tom minnecelle for hurtigstien. */
export function lagPrisledd(fastpris: Decimal, innbyggerpris: Decimal, justering: Decimal): Prisledd {
  const ledd = { fastpris, innbyggerpris, justering };
  Object.defineProperty(ledd, HURTIGLAGER, { value: { verdi: null } satisfies Hurtiglager, enumerable: false });
  return Object.freeze(ledd);
}
