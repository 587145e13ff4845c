/*
 * KS-prisverktøyets egendefinerte Excel-funksjoner (navnerom KS): inngangen til funksjonsbunten.
 * Hver funksjon i tabellen (katalog.ts) knyttes til id-en sin i metadataen; utenfor Excel (frittstående side,
 * node) finnes ikke CustomFunctions, og registrer() gjør da ingenting.
 */
import { KATALOG } from "./katalog";
import { type Excelfunksjon, lagExcelfunksjon } from "./kjoring";
import { registrer } from "./registrering";

/** Funksjonene slik Excel kaller dem, etter id: KS.FIKSPRIS("Fiks Digisos"; 15221). */
export const KS: Readonly<Record<string, Excelfunksjon>> = Object.freeze(
  Object.fromEntries(KATALOG.map((d) => [d.id, lagExcelfunksjon(d)])),
);

for (const d of KATALOG) registrer(d.id, KS[d.id]);
