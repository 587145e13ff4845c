/** Kalkulatortabellens kolonner, de samme i oppgaveruten, arket oppgaveruten setter inn og den frittstående arbeidsboken. */
export const KALKULATORKOLONNER = [
  "Tjeneste",
  "Eksisterende prismodell",
  "Grunnfinansiering + nye tjenestepriser",
  "Prisendring %",
  "Prisendring kr",
  "Ny tjenestepris tillegg",
  "Total ny tjenestepris",
] as const;
