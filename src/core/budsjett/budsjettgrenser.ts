/**
 * Grensene for budsjettseksjonen. Prismodellen gjelder fra 2025; en økonomiplan er fire år, og ti år er
 * romslig. Vekst og prisjustering fra −10 % til +20 % per år dekker alt plausibelt (kommunenes årlige
 * befolkningsendring ligger typisk mellom −3 % og +5 %, prisveksten mellom 0 % og 6 %) og fanger
 * feil som 100 i stedet for 1,0. Høyst fire desimaler holder potensene små og avviser flyttallsstøy
 * som 0.30000000000000004.
 */
export const BUDSJETTGRENSER = {
  fra: { min: 2025, maks: 2099 },
  ar: { min: 1, maks: 10, standard: 4 },
  prosent: { min: -10, maks: 20, desimaler: 4 },
} as const;
