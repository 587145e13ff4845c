// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel calls the functions with untyped values
type Funksjon = (...argumenter: any[]) => unknown;

/** Every association made by this bundle, also outside Excel (for tests and diagnostics). */
export const registrerte = new Map<string, Funksjon>();

/**
 * The target of the associate calls custom-functions-metadata-plugin appends: forwards to the
 * runtime's CustomFunctions.associate when it exists (Excel, shared runtime), otherwise only records.
 */
export function registrer(id: string, funksjon: Funksjon): void {
  registrerte.set(id, funksjon);
  const runtime = (globalThis as { CustomFunctions?: { associate?: unknown } }).CustomFunctions;
  if (!runtime || typeof runtime.associate !== "function") return;
  try {
    (runtime.associate as (i: string, f: Funksjon) => void)(id, funksjon);
  } catch (feil) {
    // Never let one failed association stop the page (the taskpane shares it); report it in the console.
    console.warn(`KS.${id} kunne ikke registreres som Excel-funksjon:`, feil);
  }
}
