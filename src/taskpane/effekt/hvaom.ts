/**
 * UI state of the what-if panel: which price terms can be adjusted, slider ranges and the text shown in the
 * number fields. No price rules: the core's Sektor.oppdater reads the values (numbers or Norwegian text).
 */
import { Decimal, type Matrisekundetype, type Prisledd, type Prismatrise, norskKr, norskTall } from "../../core";

export type Parameter = "justering" | "innbyggerpris" | "fastpris";

export const PARAMETERE: readonly Parameter[] = ["justering", "innbyggerpris", "fastpris"];

export const PARAMETERTEKST: Record<Parameter, { navn: string; enhet: string; hjelp: string }> = {
  justering: { navn: "Størrelsesjustering", enhet: "%", hjelp: "Hvor mye lavere innbyggerprisen er for den største kunden (0–95 %)." },
  innbyggerpris: { navn: "Innbyggerpris", enhet: "kr per innbygger", hjelp: "Kroner per innbygger per år før størrelsesjustering." },
  fastpris: { navn: "Fastpris", enhet: "kr per år", hjelp: "Minstepris alle kunder betaler." },
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
      return { min: 0, max: 95, steg: 1 };
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
