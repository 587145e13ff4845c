/** Valideringene bor i arkmodellen (src/ark/valideringer.ts); arket Budsjett henter dem herfra til det flytter importen. */
export * from "../ark/valideringer";
