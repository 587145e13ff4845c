/**
 * Kalkulatorarkets inndatablokk, den samme i arket oppgaveruten setter inn og i den frittstående arbeidsboken: radene
 * (fra 0, i kolonne A etiketten og i kolonne B verdien) og etikettene, skrevet én gang. Tabellen begynner på raden
 * `overskrift`.
 */
export const INNDATABLOKK = {
  organisasjon: { rad: 3, etikett: "Organisasjon" },
  kundetype: { rad: 4, etikett: "Kundetype" },
  innbyggere: { rad: 5, etikett: "Innbyggere" },
  altinn: { rad: 6, etikett: "Altinn-transaksjoner per år (SvarUt)" },
  forsendelser: { rad: 7, etikett: "Forsendelser per år (SvarUt)" },
  svarinn: { rad: 8, etikett: "SvarInn per år (SvarUt)" },
  prismatrise: { rad: 9, etikett: "Prismatrise" },
} as const;

/** Raden (fra 0) til kalkulatortabellens overskrift; linjene følger rett under. */
export const KALKULATOROVERSKRIFT = 11;
