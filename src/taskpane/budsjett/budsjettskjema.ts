/**
 * Budsjett-fanens skjema slik brukeren fyller det ut (tekst som skrevet) og omgjøringen til kjernens Budsjettvalg.
 * Bare argumentkonvertering her: tallene leses med kjernens lesTall og lesProsentfelt innenfor de samme grensene
 * som scenariofilen (BUDSJETTGRENSER), kvartalene med tolkKvartal; alle budsjettregler ligger i src/core.
 */
import {
  BUDSJETTGRENSER, type Budsjettvalg, Decimal, type Digifinvalg, type Kalkulatorinput, type Kvartal, type Oppstartsvalg, PrisFeil,
  type Prismatrise, TALLKRAV, kvartalstekst, lesProsentfelt, lesTall, scenariotjenester, tolkKvartal,
} from "../../core";

/** Tjenestene i scenariet som kan ha oppstart (ikke grunnfinansieringen, ikke en avviklet tjeneste). */
export function oppstartstjenester(input: Kalkulatorinput, matrise: Prismatrise): string[] {
  return scenariotjenester(input, matrise).filter((t) => t.type !== "grunnfinansiering" && t.type !== "utgatt").map((t) => t.navn);
}

export interface Digifinrad {
  losning: string;
  /** "2026-K2". */
  kvartal: string;
  medlemskap: boolean;
}

export interface Budsjettskjema {
  /** Planens første år som skrevet; null = standard (året etter befolkningsåret, se standardFra). */
  fra: string | null;
  /** Antall år, 1–10 (velges i en liste). */
  ar: number;
  /** Prosent per år som skrevet: "1", "1,5 %", "" = 0. */
  befolkningsvekst: string;
  prisjustering: string;
  /** Oppstart per tjeneste ("2026-K3"); uten oppføring løper tjenesten fra planens første kvartal. */
  oppstart: Record<string, string>;
  digifin: Digifinrad[];
}

export const TOMT_BUDSJETTSKJEMA: Budsjettskjema = {
  fra: null,
  ar: BUDSJETTGRENSER.ar.standard,
  befolkningsvekst: "",
  prisjustering: "",
  oppstart: {},
  digifin: [],
};

/** KS priser år Y med innbyggertallet 1. januar Y − 1: med befolkningstallet for 2024 er planens første år 2025. */
export function standardFra(befolkningsar: number): number {
  return befolkningsar + 1;
}

/** Oppstarten brukeren har valgt for en tjeneste, eller "" (egne oppføringer bare, som i kalkulatorens skjema). */
export function valgtOppstart(skjema: Budsjettskjema, tjeneste: string): string {
  return Object.hasOwn(skjema.oppstart, tjeneste) ? skjema.oppstart[tjeneste] : "";
}

export const budsjettfelt = {
  fra: "fra",
  befolkningsvekst: "befolkningsvekst",
  prisjustering: "prisjustering",
  oppstart: (tjeneste: string) => `oppstart:${tjeneste}`,
  digifin: (i: number) => `digifin:${i}`,
};

export type Budsjettfeil = Record<string, string>;

export interface TolketBudsjett {
  /** null når planens første år ikke kan leses (da finnes det ingen plan å regne). */
  valg: Budsjettvalg | null;
  feltfeil: Budsjettfeil;
  /** Planens første år slik det brukes (standarden når feltet ikke er endret), null når det er ugyldig. */
  fra: number | null;
}

/** Kvartalene i planen, "2026-K1" til "2029-K4": valgene i kvartalslistene. */
export function planensKvartaler(fra: number, ar: number): string[] {
  return Array.from({ length: ar * 4 }, (_, i) => kvartalstekst({ ar: fra + Math.floor(i / 4), kvartal: ((i % 4) + 1) as Kvartal["kvartal"] }));
}

export function lesFra(tekst: string): { fra: number | null; feil: string | null } {
  const k = TALLKRAV.budsjettar;
  const svar = lesTall(tekst, k);
  if (svar.type === "tom") return { fra: null, feil: `Skriv ${k.hva} (${k.regel}, f.eks. ${k.eksempel}).` };
  if (svar.type === "feil") return { fra: null, feil: svar.felt };
  return { fra: svar.verdi.toNumber(), feil: null };
}

/** Vekst eller prisjustering i prosent (1 = 1 %); tomt felt = 0. Ugyldig → null med feilen. */
export function lesProsent(tekst: string): { prosent: Decimal | null; feil: string | null } {
  const { min, maks, desimaler } = BUDSJETTGRENSER.prosent;
  const svar = lesProsentfelt(tekst, { min, maks });
  if (svar.type === "tom") return { prosent: new Decimal(0), feil: null };
  if (svar.type === "feil") return { prosent: null, feil: svar.felt };
  const prosent = svar.verdi.times(100);
  if (prosent.decimalPlaces() > desimaler) {
    return { prosent: null, feil: `Skriv høyst ${desimaler} desimaler (f.eks. 2,75 %), fikk «${tekst.trim()}».` };
  }
  return { prosent, feil: null };
}

function kvartal(tekst: string, felt: string, fra: number, ar: number, feltfeil: Budsjettfeil, nokkel: string): Kvartal | null {
  try {
    return tolkKvartal(tekst, felt, fra, ar);
  } catch (feil) {
    if (!(feil instanceof PrisFeil)) throw feil;
    feltfeil[nokkel] = feil.message;
    return null;
  }
}

/**
 * Skjemaet som Budsjettvalg. `tjenester` er tjenestene i scenariet som kan ha oppstart (oppføringer for andre
 * tjenester, f.eks. en som er fjernet i kalkulatoren, overses). Ugyldige felt meldes per felt og holdes utenfor
 * planen (vekst og prisjustering regnes da som 0, som kalkulatoren gjør med sine felt).
 */
export function tolkBudsjettskjema(skjema: Budsjettskjema, befolkningsar: number, tjenester: readonly string[]): TolketBudsjett {
  const feltfeil: Budsjettfeil = {};
  const { fra, feil } = skjema.fra === null ? { fra: standardFra(befolkningsar), feil: null } : lesFra(skjema.fra);
  if (feil) feltfeil[budsjettfelt.fra] = feil;
  const vekst = lesProsent(skjema.befolkningsvekst);
  if (vekst.feil) feltfeil[budsjettfelt.befolkningsvekst] = vekst.feil;
  const justering = lesProsent(skjema.prisjustering);
  if (justering.feil) feltfeil[budsjettfelt.prisjustering] = justering.feil;
  if (fra === null) return { valg: null, feltfeil, fra: null };

  const ar = Math.min(Math.max(skjema.ar, BUDSJETTGRENSER.ar.min), BUDSJETTGRENSER.ar.maks);
  const oppstart: Oppstartsvalg[] = tjenester.flatMap((tjeneste) => {
    const tekst = valgtOppstart(skjema, tjeneste);
    if (tekst === "") return [];
    const felt = `Oppstart for ${tjeneste}`;
    const k = kvartal(tekst, felt, fra, ar, feltfeil, budsjettfelt.oppstart(tjeneste));
    return k ? [{ tjeneste, kvartal: k, felt }] : [];
  });
  const digifin: Digifinvalg[] = skjema.digifin.flatMap((d, i) => {
    const felt = `Digifin-avgift ${i + 1}`;
    const k = kvartal(d.kvartal, felt, fra, ar, feltfeil, budsjettfelt.digifin(i));
    return k ? [{ losning: d.losning, kvartal: k, medlemskap: d.medlemskap, felt }] : [];
  });
  return {
    valg: {
      fra, ar, oppstart, digifin,
      befolkningsvekst: vekst.prosent ?? new Decimal(0),
      prisjustering: justering.prosent ?? new Decimal(0),
    },
    feltfeil,
    fra,
  };
}
