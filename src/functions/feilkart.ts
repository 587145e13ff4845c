import { PrisFeil } from "../core";

/** The two error codes that carry a message in Excel. */
export type Feilkode = "#VALUE!" | "#N/A";

/**
 * Stand-in for CustomFunctions.Error outside Excel (standalone page, node): same shape
 * (`code`, `message`), so callers and tests see the same thing in both places.
 */
export class Funksjonsfeil extends Error {
  readonly code: Feilkode;
  constructor(code: Feilkode, message: string) {
    super(message);
    this.name = "Funksjonsfeil";
    this.code = code;
  }
}

// Excel shows the message in the error tooltip; keep it readable.
const MAKS_LENGDE = 500;

type Feilklasse = new (kode: string, melding: string) => Error;

function runtimeFeilklasse(): Feilklasse | null {
  const runtime = (globalThis as { CustomFunctions?: { Error?: unknown } }).CustomFunctions;
  return runtime && typeof runtime.Error === "function" ? (runtime.Error as Feilklasse) : null;
}

/** A CustomFunctions.Error when the runtime has one, otherwise a Funksjonsfeil with the same fields. */
export function lagFeil(kode: Feilkode, melding: string): Error {
  const tekst = melding.length > MAKS_LENGDE ? melding.slice(0, MAKS_LENGDE - 1) + "…" : melding;
  const Klasse = runtimeFeilklasse();
  return Klasse ? new Klasse(kode, tekst) : new Funksjonsfeil(kode, tekst);
}

/** Any failure → an Excel error with a Norwegian message: PrisFeil «ugyldig» → #VALUE!, «ikke_funnet» → #N/A. */
export function tilExcelfeil(feil: unknown, funksjon: string): Error {
  if (feil instanceof PrisFeil) return lagFeil(feil.type === "ikke_funnet" ? "#N/A" : "#VALUE!", feil.message);
  if (erExcelfeil(feil)) return feil as Error;
  const detalj = feil instanceof Error ? feil.message : String(feil);
  return lagFeil("#VALUE!", `Uventet feil i KS.${funksjon}: ${detalj || "ukjent årsak"}.`);
}

function erExcelfeil(feil: unknown): boolean {
  const Klasse = runtimeFeilklasse();
  return feil instanceof Funksjonsfeil || (Klasse !== null && feil instanceof Klasse);
}

/** A finite number or a #VALUE! error: never NaN or Infinity in a cell. */
export function endeligTall(verdi: number, funksjon: string): number {
  if (typeof verdi !== "number" || !Number.isFinite(verdi)) {
    throw lagFeil("#VALUE!", `KS.${funksjon} fikk ikke et gyldig tall som resultat.`);
  }
  return verdi;
}

/**
 * Runs one custom function body: every exception becomes an Excel error (thrown, as Excel expects).
 * Numbers are checked to be finite.
 */
export function kjor<T>(funksjon: string, kropp: () => T): T {
  let resultat: T;
  try {
    resultat = kropp();
  } catch (feil) {
    throw tilExcelfeil(feil, funksjon);
  }
  if (typeof resultat === "number") endeligTall(resultat, funksjon);
  return resultat;
}
