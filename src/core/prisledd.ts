import type { Decimal } from "./desimal";

/** fastpris + innbyggerpris · P · (1 − størrelsesjustering · P / Pref) for one kundetype. Immutable. */
export interface Prisledd {
  readonly fastpris: Decimal;
  readonly innbyggerpris: Decimal;
  /** a, as a fraction: 30 % = 0.3. */
  readonly justering: Decimal;
}

/**
 * The fast path's memo for one price row (raskpris.ts): its integer constants for the last Pref it was used with.
 * The row itself is frozen, so the constants can never go stale; the memo cell rides on it under a symbol,
 * non-enumerable (invisible to JSON, equality and spreading: a copy { ...ledd, fastpris } starts without one).
 */
export const HURTIGLAGER: unique symbol = Symbol("hurtiglager");
export interface Hurtiglager {
  verdi: unknown;
}

/** A frozen price row with an empty memo cell for the fast path. */
export function lagPrisledd(fastpris: Decimal, innbyggerpris: Decimal, justering: Decimal): Prisledd {
  const ledd = { fastpris, innbyggerpris, justering };
  Object.defineProperty(ledd, HURTIGLAGER, { value: { verdi: null } satisfies Hurtiglager, enumerable: false });
  return Object.freeze(ledd);
}
