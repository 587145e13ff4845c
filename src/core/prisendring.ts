import { Decimal } from "./desimal";

/**
 * Relative price change in percent, (ny − eksisterende) / eksisterende · 100, unrounded.
 * null ("na.") when either side is missing or the existing price is 0 (no base to compare with).
 */
export function prisendring(eksisterende: Decimal | null, ny: Decimal | null): Decimal | null {
  if (eksisterende === null || ny === null || eksisterende.isZero()) return null;
  return ny.minus(eksisterende).div(eksisterende).times(100);
}

/** The same as a fraction (−0,35 for −35 %), as Excel shows it with a percent format. */
export function prisendringAndel(eksisterende: Decimal | null, ny: Decimal | null): Decimal | null {
  const prosent = prisendring(eksisterende, ny);
  return prosent === null ? null : prosent.div(100);
}
