/**
 * The built functions bundle (dist/functions.js) loaded as Excel loads it, in a vm context of its own.
 * `npm test` runs `npx webpack --mode production` first; when dist is missing or a development build,
 * sikreProduksjonsbygg builds it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";

export const DIST = "dist";

export function sikreProduksjonsbygg(): void {
  const ferdig = existsSync(`${DIST}/functions.js`) && existsSync(`${DIST}/manifest.xml`)
    && !readFileSync(`${DIST}/manifest.xml`, "utf8").includes("localhost");
  if (!ferdig) execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
}

/** The error class the fake runtime gives the bundle as CustomFunctions.Error. */
export class Opptaksfeil {
  constructor(readonly code: string, readonly message: string) {}
}

/** Loads the bundle; with CustomFunctions, returns every function it associated, by id. */
export function lastBunt(medCustomFunctions: boolean): Map<string, (...a: any[]) => any> {
  const registrert = new Map<string, (...a: any[]) => any>();
  const globalt: Record<string, unknown> = { console };
  if (medCustomFunctions) {
    globalt.CustomFunctions = { associate: (id: string, f: (...a: any[]) => any) => registrert.set(id, f), Error: Opptaksfeil };
  }
  vm.runInContext(readFileSync(`${DIST}/functions.js`, "utf8"), vm.createContext(globalt));
  return registrert;
}
