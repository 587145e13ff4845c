/**
 * Excel gir oppgaveruten 320–400 px; fra omtrent 700 px (en bredere rute, nettkalkulatoren) er det plass til
 * kalkulatorens hele tabell med sju kolonner. Ett brytepunkt for hele ruten, som mediespørringer for Griffel.
 */
export const BRED = "@media (min-width: 700px)";
export const SMAL = "@media (max-width: 699.98px)";

/** Herfra står kalkulatorens skjema og resultat side om side. */
export const TO_SPALTER = "@media (min-width: 1100px)";
