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
    // Never let one failed association stop the page (the taskpane shares it); report it in the console.
    console.warn(`KS.${id} kunne ikke registreres som Excel-funksjon:`, feil);
  }
}
