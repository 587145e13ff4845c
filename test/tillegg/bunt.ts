/**
 * Den bygde funksjonsbunten (dist/functions.js) lastet slik Excel laster den, i en egen vm-kontekst.
 * `npm test` kjører `npx webpack --mode production` først; mangler dist eller er det et utviklingsbygg,
 * bygger sikreProduksjonsbygg den.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";

export const DIST = "dist";

export function sikreProduksjonsbygg(): void {
  const ferdig = existsSync(`${DIST}/functions.js`) && existsSync(`${DIST}/manifest.xml`)
    && existsSync(`${DIST}/manifest.json`) && existsSync(`${DIST}/ks-prisverktoy.zip`)
    && !readFileSync(`${DIST}/manifest.xml`, "utf8").includes("localhost");
  if (!ferdig) execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
}

/** Feilklassen det falske kjøremiljøet gir bunten som CustomFunctions.Error. */
export class Opptaksfeil {
  constructor(readonly code: string, readonly message: string) {}
}

/** Laster bunten; med CustomFunctions returneres hver funksjon den knyttet til en id, etter id. */
export function lastBunt(medCustomFunctions: boolean): Map<string, (...a: any[]) => any> {
  const registrert = new Map<string, (...a: any[]) => any>();
  const globalt: Record<string, unknown> = { console };
  if (medCustomFunctions) {
    globalt.CustomFunctions = { associate: (id: string, f: (...a: any[]) => any) => registrert.set(id, f), Error: Opptaksfeil };
  }
  vm.runInContext(readFileSync(`${DIST}/functions.js`, "utf8"), vm.createContext(globalt));
  return registrert;
}
