/**
 * Hva-om-panelets tilstand som en reducer (eid av appen, se minne.ts) og hjelperne: hvilke prisledd som kan
 * justeres, glidebrydernes skala, teksten i tallfeltene og hvordan den leses. Ingen prisregler: kjernens
 * Sektor.oppdater tar verdiene i bruk.
 */
import {
  Decimal, type Kalibrering, type Matrisekundetype, type Prisledd, type Prismatrise, TALLKRAV, type Tallsvar, lesProsentfelt,
  lesTall, norskKr, norskProsent, norskTall,
} from "../../core";
import { type Feltregel, somFeltsvar } from "../felles/feltregel";
import type { Analyse } from "./analyse";

export type Parameter = "justering" | "innbyggerpris" | "fastpris";

export const PARAMETERE: readonly Parameter[] = ["justering", "innbyggerpris", "fastpris"];

/** Den høyeste størrelsesjusteringen glidebryteren og feltet godtar (modellen krever a < 100 %). */
export const MAKS_JUSTERING = 95;

export const PARAMETERTEKST: Record<Parameter, { navn: string; enhet: string; hjelp: string }> = {
  justering: { navn: "Størrelsesjustering", enhet: "%", hjelp: `Skriv prosent, f.eks. 30 eller 27,5 % (0–${MAKS_JUSTERING} %).` },
  innbyggerpris: { navn: "Innbyggerpris", enhet: "kr per innbygger", hjelp: "Kroner per innbygger per år, f.eks. 0,636." },
  fastpris: { navn: "Fastpris", enhet: "kr per år", hjelp: "Minstepris alle kunder betaler, f.eks. 3 000." },
};

/** En glidebryters skala og steg for én parameter, ut fra startverdien. */
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

/** Glidebryterens posisjon for en parameter (justering i hele prosent). */
export function sliderverdi(parameter: Parameter, ledd: Prisledd): number {
  return parameter === "justering" ? ledd.justering.times(100).toNumber() : ledd[parameter].toNumber();
}

/** Det kjernen får fra en glidebryterposisjon: eksakte desimaler (justering som andel). */
export function fraSlider(parameter: Parameter, verdi: number): Decimal {
  return parameter === "justering" ? new Decimal(verdi).div(100) : new Decimal(String(verdi));
}

/** Teksten i tallfeltet: norsk, høyst 6 desimaler for kalibrerte priser («0,755384»). */
export function felttekst(parameter: Parameter, ledd: Prisledd): string {
  if (parameter === "justering") return `${norskTall(ledd.justering.times(100).toDecimalPlaces(4))} %`;
  return norskTall(ledd[parameter].toDecimalPlaces(parameter === "fastpris" ? 2 : 6));
}

/**
 * Leser et tallfelt slik hintet sier: prosentfeltet «30», «30 %» eller «27,5 %» innenfor glidebryterens 0–95 %
 * (lesProsentfelt: «0,3» er tvetydig), priser med kjernens grenser. Tomt felt er en feil som sier hva som skal skrives.
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

/** Tallfeltets regel (feltregel.ts): lesParameter, og godtatt vist som «30 %» eller «3 000». */
export function parameterregel(parameter: Parameter): Feltregel {
  return (tekst) => somFeltsvar(lesParameter(parameter, tekst), (s) => (parameter === "justering" ? norskProsent(s.verdi) : norskTall(s.verdi)));
}

/** Kroner med øre, alltid to desimaler: 4999999.996 → «5 000 000,00 kr». */
export function ore(verdi: Decimal): string {
  return norskKr(verdi, 2);
}

/** Prisleddene for en tjeneste og kundetype, eller null når den ikke har noen (NA). */
export function prisledd(matrise: Prismatrise, tjeneste: string, kundetype: Matrisekundetype): Prisledd | null {
  const t = matrise.tjenester.find((x) => x.navn === tjeneste);
  if (!t) return null;
  return kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
}

/** Tjenester med pris for kundetypen (Fiks Melding har bare fastpris, men den kan flyttes). */
export function justerbare(matrise: Prismatrise, kundetype: Matrisekundetype): string[] {
  return matrise.tjenester.filter((t) => (kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune) !== null).map((t) => t.navn);
}

export type Kalibreringsutfall = { type: "ok"; k: Kalibrering } | { type: "feil"; melding: string };

export interface Hvaomtilstand {
  /** Analysen tilstanden hører til: en ny analyse begynner på nytt. */
  analyse: Analyse | null;
  /** null: den første kundene har. */
  kundetype: Matrisekundetype | null;
  tjeneste: string | null;
  /** Det brukeren skrev i et tallfelt (vises til en glidebryter flyttes eller en annen tjeneste velges). */
  tekster: Partial<Record<Parameter, string>>;
  feil: Partial<Record<Parameter, string>>;
  kostnad: string;
  kalibrering: Kalibreringsutfall | null;
}

export const TOM_HVAOM: Hvaomtilstand = { analyse: null, kundetype: null, tjeneste: null, tekster: {}, feil: {}, kostnad: "", kalibrering: null };

export type Hvaomhandling = { analyse: Analyse } & (
  | { type: "velg"; kundetype: Matrisekundetype; tjeneste: string }
  /** En verdi fra en glidebryter (eller kalibrering) er i bruk: feltet viser den. */
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

/** Tilstanden for denne analysen (en tilstand fra en tidligere analyse brukes ikke). */
export function gjeldende(tilstand: Hvaomtilstand, analyse: Analyse): Hvaomtilstand {
  return tilstand.analyse === analyse ? tilstand : { ...TOM_HVAOM, analyse };
}
