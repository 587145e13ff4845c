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
  if (runtime && typeof runtime.associate === "function") (runtime.associate as (i: string, f: Funksjon) => void)(id, funksjon);
}
