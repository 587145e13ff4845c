import DecimalBase from "decimal.js";

/**
 * The core's own Decimal constructor. 50 significant digits: prices divide by a reference
 * population once, and 50 digits keep that quotient far below any rounding boundary we use
 * (at most 10 decimals), so half-up rounding of the result equals rounding of the exact rational.
 */
export const Decimal = DecimalBase.clone({ precision: 50, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = DecimalBase;
