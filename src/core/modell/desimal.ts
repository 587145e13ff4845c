import DecimalBase from "decimal.js";

/**
 * Kjernens egen Decimal-konstruktør. 50 gjeldende sifre: prisene deles på et referanseinnbyggertall
 * én gang, og 50 sifre holder feilen i den kvotienten langt under enhver avrundingsgrense vi bruker
 * (høyst 10 desimaler), så halvt opp-avrunding av resultatet er lik avrundingen av det eksakte brøktallet.
 */
export const Decimal = DecimalBase.clone({ precision: 50, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = DecimalBase;
