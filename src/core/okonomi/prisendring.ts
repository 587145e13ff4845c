import { Decimal } from "../modell/desimal";

/**
 * Relativ prisendring i prosent, (ny − eksisterende) / eksisterende · 100, uavrundet.
 * null ("na.") når en av sidene mangler eller den eksisterende prisen er 0 (ikke noe å sammenligne med).
 */
export function prisendring(eksisterende: Decimal | null, ny: Decimal | null): Decimal | null {
  if (eksisterende === null || ny === null || eksisterende.isZero()) return null;
  return ny.minus(eksisterende).div(eksisterende).times(100);
}

/** Det samme som brøk (−0,35 for −35 %), slik Excel viser den med prosentformat. */
export function prisendringAndel(eksisterende: Decimal | null, ny: Decimal | null): Decimal | null {
  const prosent = prisendring(eksisterende, ny);
  return prosent === null ? null : prosent.div(100);
}
