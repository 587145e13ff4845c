/**
 * The what-if panel's state as a reducer (owned by the app, see minne.ts) and its helpers: which price terms can be
 * adjusted, slider ranges, the number fields' text and how it is read. No price rules: the core's Sektor.oppdater
 * applies the values.
 */
import {
  Decimal, type Kalibrering, type Matrisekundetype, type Prisledd, type Prismatrise, TALLKRAV, type Tallsvar, lesProsentfelt,
  lesTall, norskKr, norskTall,
} from "../../core";
import type { Analyse } from "./analyse";

export type Parameter = "justering" | "innbyggerpris" | "fastpris";

export const PARAMETERE: readonly Parameter[] = ["justering", "innbyggerpris", "fastpris"];

/** The highest størrelsesjustering the slider and the field accept (the model needs a < 100 %). */
export const MAKS_JUSTERING = 95;

export const PARAMETERTEKST: Record<Parameter, { navn: string; enhet: string; hjelp: string }> = {
  justering: { navn: "Størrelsesjustering", enhet: "%", hjelp: `Skriv prosent, f.eks. 30 eller 27,5 % (0–${MAKS_JUSTERING} %).` },
  innbyggerpris: { navn: "Innbyggerpris", enhet: "kr per innbygger", hjelp: "Kroner per innbygger per år, f.eks. 0,636." },
  fastpris: { navn: "Fastpris", enhet: "kr per år", hjelp: "Minstepris alle kunder betaler, f.eks. 3 000." },
};

/** A slider's range and step for one parameter, from the starting value. */
export interface Skala {
  min: number;
  max: number;
  steg: number;
}

export function skala(parameter: Parameter, start: Prisledd): Skala {
  switch (parameter) {
    case "justering":
      return { min: 0, max: MAKS_JUSTERING, steg: 1 };
    case "innbyggerpris":
      return { min: 0, max: Math.max(1, Math.ceil(start.innbyggerpris.toNumber() * 3)), steg: 0.001 };
    case "fastpris":
      return { min: 0, max: Math.max(10_000, Math.ceil((start.fastpris.toNumber() * 3) / 1000) * 1000), steg: 500 };
  }
}

/** The slider position of a parameter (justering in whole percent). */
export function sliderverdi(parameter: Parameter, ledd: Prisledd): number {
  return parameter === "justering" ? ledd.justering.times(100).toNumber() : ledd[parameter].toNumber();
}

/** What the core gets from a slider position: exact decimals (justering as a fraction). */
export function fraSlider(parameter: Parameter, verdi: number): Decimal {
  return parameter === "justering" ? new Decimal(verdi).div(100) : new Decimal(String(verdi));
}

/** The number field's text: Norwegian, at most 6 decimals for calibrated prices ("0,755384"). */
export function felttekst(parameter: Parameter, ledd: Prisledd): string {
  if (parameter === "justering") return `${norskTall(ledd.justering.times(100).toDecimalPlaces(4))} %`;
  return norskTall(ledd[parameter].toDecimalPlaces(parameter === "fastpris" ? 2 : 6));
}

/**
 * Reads a number field as the hint says: the percent field "30", "30 %" or "27,5 %" within the slider's 0–95 %
 * (lesProsentfelt: "0,3" is ambiguous), prices with the core's bounds. Empty is an error saying what to write.
 */
export function lesParameter(parameter: Parameter, tekst: string): Tallsvar {
  const svar = parameter === "justering"
    ? lesProsentfelt(tekst, { min: 0, maks: MAKS_JUSTERING })
    : lesTall(tekst, parameter === "fastpris" ? TALLKRAV.belop : TALLKRAV.enhetspris);
  if (svar.type !== "tom") return svar;
  const felt = parameter === "justering"
    ? `Skriv en størrelsesjustering fra 0 % til ${MAKS_JUSTERING} %, f.eks. 30 %.`
    : `Skriv ${TALLKRAV[parameter === "fastpris" ? "belop" : "enhetspris"].hva}, f.eks. ${parameter === "fastpris" ? "3 000" : "0,636"}.`;
  return { type: "feil", melding: felt, felt };
}

/** Kroner with øre, always two decimals: 4999999.996 → "5 000 000,00 kr". */
export function ore(verdi: Decimal): string {
  return norskKr(verdi, 2);
}

/** The price terms of a service for a kundetype, or null when it has none (NA). */
export function prisledd(matrise: Prismatrise, tjeneste: string, kundetype: Matrisekundetype): Prisledd | null {
  const t = matrise.tjenester.find((x) => x.navn === tjeneste);
  if (!t) return null;
  return kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
}

/** Services with a per-capita price for the kundetype (Fiks Melding has a fixed price only, but its fastpris can move). */
export function justerbare(matrise: Prismatrise, kundetype: Matrisekundetype): string[] {
  return matrise.tjenester.filter((t) => (kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune) !== null).map((t) => t.navn);
}

export type Kalibreringsutfall = { type: "ok"; k: Kalibrering } | { type: "feil"; melding: string };

export interface Hvaomtilstand {
  /** The analysis this state belongs to: a new run starts afresh. */
  analyse: Analyse | null;
  /** null: the first one the customers have. */
  kundetype: Matrisekundetype | null;
  tjeneste: string | null;
  /** What the user typed in a number field (shown until a slider moves or another service is chosen). */
  tekster: Partial<Record<Parameter, string>>;
  feil: Partial<Record<Parameter, string>>;
  kostnad: string;
  kalibrering: Kalibreringsutfall | null;
}

export const TOM_HVAOM: Hvaomtilstand = { analyse: null, kundetype: null, tjeneste: null, tekster: {}, feil: {}, kostnad: "", kalibrering: null };

export type Hvaomhandling = { analyse: Analyse } & (
  | { type: "velg"; kundetype: Matrisekundetype; tjeneste: string }
  /** A value from a slider (or calibration) is in use: the field shows it. */
  | { type: "brukt"; parameter: Parameter; kalibrering?: Kalibreringsutfall }
  | { type: "skrevet"; parameter: Parameter; tekst: string; feil: string | null }
  | { type: "kostnad"; tekst: string }
  | { type: "kalibrering"; utfall: Kalibreringsutfall }
  | { type: "tilbakestilt" }
);

const utenom = <T extends object>(o: T, nokkel: keyof T): T => {
  const kopi = { ...o };
  delete kopi[nokkel];
  return kopi;
};

export function hvaomReducer(tilstand: Hvaomtilstand, h: Hvaomhandling): Hvaomtilstand {
  const s = tilstand.analyse === h.analyse ? tilstand : { ...TOM_HVAOM, analyse: h.analyse };
  switch (h.type) {
    case "velg":
      return { ...s, kundetype: h.kundetype, tjeneste: h.tjeneste, tekster: {}, feil: {}, kalibrering: null };
    case "brukt":
      return { ...s, tekster: utenom(s.tekster, h.parameter), feil: utenom(s.feil, h.parameter), kalibrering: h.kalibrering ?? null };
    case "skrevet":
      return {
        ...s, tekster: { ...s.tekster, [h.parameter]: h.tekst }, kalibrering: null,
        feil: h.feil === null ? utenom(s.feil, h.parameter) : { ...s.feil, [h.parameter]: h.feil },
      };
    case "kostnad":
      return { ...s, kostnad: h.tekst };
    case "kalibrering":
      return { ...s, kalibrering: h.utfall };
    case "tilbakestilt":
      return { ...s, tekster: {}, feil: {}, kalibrering: null };
  }
}

/** The state for this analysis (a state left from an earlier run is not used). */
export function gjeldende(tilstand: Hvaomtilstand, analyse: Analyse): Hvaomtilstand {
  return tilstand.analyse === analyse ? tilstand : { ...TOM_HVAOM, analyse };
}
