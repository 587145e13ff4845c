import { type Henvisning, PrisFeil } from "../core";

/** De to feilkodene som har med seg en melding i Excel. */
export type Feilkode = "#VALUE!" | "#N/A";

/**
 * Erstatning for CustomFunctions.Error utenfor Excel (frittstående side, node): samme form
 * (`code`, `message`), så kallere og tester ser det samme begge steder.
 */
export class Funksjonsfeil extends Error {
  readonly code: Feilkode;
  constructor(code: Feilkode, message: string) {
    super(message);
    this.name = "Funksjonsfeil";
    this.code = code;
  }
}

// Excel viser meldingen i verktøytipset til feilen; hold den lesbar.
const MAKS_LENGDE = 500;

type Feilklasse = new (kode: string, melding: string) => Error;

function runtimeFeilklasse(): Feilklasse | null {
  const runtime = (globalThis as { CustomFunctions?: { Error?: unknown } }).CustomFunctions;
  return runtime && typeof runtime.Error === "function" ? (runtime.Error as Feilklasse) : null;
}

/** En CustomFunctions.Error når kjøretiden har en, ellers en Funksjonsfeil med de samme feltene. */
export function lagFeil(kode: Feilkode, melding: string): Error {
  const tekst = melding.length > MAKS_LENGDE ? melding.slice(0, MAKS_LENGDE - 1) + "…" : melding;
  const Klasse = runtimeFeilklasse();
  return Klasse ? new Klasse(kode, tekst) : new Funksjonsfeil(kode, tekst);
}

/** Kjernens henvisninger slik de heter i Excel (kjernen kjenner ingen front). */
const HENVISNINGER: Record<Henvisning, string> = { svarutpris: "Bruk KS.SVARUTPRIS med volumene." };

/** Enhver feil → en Excel-feil med norsk melding: PrisFeil «ugyldig» → #VALUE!, «ikke_funnet» → #N/A. */
export function tilExcelfeil(feil: unknown, funksjon: string): Error {
  if (feil instanceof PrisFeil) {
    const melding = feil.henvisning ? `${feil.message} ${HENVISNINGER[feil.henvisning]}` : feil.message;
    return lagFeil(feil.type === "ikke_funnet" ? "#N/A" : "#VALUE!", melding);
  }
  if (erExcelfeil(feil)) return feil as Error;
  const detalj = feil instanceof Error ? feil.message : String(feil);
  return lagFeil("#VALUE!", `Uventet feil i KS.${funksjon}: ${detalj || "ukjent årsak"}.`);
}

function erExcelfeil(feil: unknown): boolean {
  const Klasse = runtimeFeilklasse();
  return feil instanceof Funksjonsfeil || (Klasse !== null && feil instanceof Klasse);
}

/** Et endelig tall eller en #VALUE!-feil: aldri NaN eller Infinity i en celle. */
export function endeligTall(verdi: number, funksjon: string): number {
  if (typeof verdi !== "number" || !Number.isFinite(verdi)) {
    throw lagFeil("#VALUE!", `KS.${funksjon} fikk ikke et gyldig tall som resultat.`);
  }
  return verdi;
}

/**
 * Kjører kroppen til én egendefinert funksjon: hvert unntak blir en Excel-feil (kastet, slik Excel venter).
 * Tall kontrolleres for å være endelige.
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
