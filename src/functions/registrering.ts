import type { Excelfunksjon } from "./kjoring";

/**
 * Knytter en funksjon til id-en i metadataen med runtimeens CustomFunctions.associate (Excel, delt kjøretid);
 * utenfor Excel gjør den ingenting.
 */
export function registrer(id: string, funksjon: Excelfunksjon): void {
  const runtime = (globalThis as { CustomFunctions?: { associate?: unknown } }).CustomFunctions;
  if (!runtime || typeof runtime.associate !== "function") return;
  try {
    (runtime.associate as (i: string, f: Excelfunksjon) => void)(id, funksjon);
  } catch (feil) {
    // La aldri én mislykket tilknytning stoppe siden (oppgaveruten deler den); meld den i konsollen.
    console.warn(`KS.${id} kunne ikke registreres som Excel-funksjon:`, feil);
  }
}
