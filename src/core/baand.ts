import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { tolkNorskTall } from "./norsktall";
import { norskTall } from "./tallformat";

/** One limit between two bands. */
export interface Bandgrense {
  verdi: Decimal;
  /** true: a value equal to the limit belongs to the band below it ("til og med"). */
  inklusiv: boolean;
}

/** One band of a distribution, e.g. "Noe over snittet" (over 29–60 %). */
export interface Band {
  navn: string;
  /** The range in Norwegian, e.g. "0–29 %", "over 40 000–100 000 kr", "over 100 %". */
  etikett: string;
}

/**
 * A set of bands: `grenser.length + 1` bands in increasing order. A value x belongs to the first band k
 * with x < grenser[k].verdi, or x = grenser[k].verdi when that limit is inklusiv; otherwise to the last band.
 */
export interface Bandsett {
  enhet: "prosent" | "kroner";
  grenser: Bandgrense[];
  band: Band[];
}

export const STANDARD_BANDNAVN = [
  "Kostnadsreduksjon", "Opp til snittet", "Noe over snittet", "Over snittet", "Stor økning",
] as const;

/**
 * Builds a band set from increasing limits, with the published edge rule (prismodell.md, "Effect analysis"):
 * the first band is strictly below the first limit (a reduction is a change < 0; exactly 0 is "Opp til snittet");
 * every later band runs from above the previous limit up to AND INCLUDING its own limit, so 29 % is in
 * "Opp til snittet", 29,01 % in "Noe over snittet", 40 000 kr in "Opp til snittet" and 40 001 kr (or 40 000,01)
 * in "Noe over snittet"; the last band is everything above the last limit.
 * Names: `navn` (one more than the limits), else the standard five names when there are four limits, else
 * the range labels.
 */
export function lagBandsett(enhet: Bandsett["enhet"], grenser: readonly (Decimal | number | string)[], navn?: readonly string[]): Bandsett {
  if (grenser.length === 0) throw new PrisFeil("Et bandsett trenger minst én grense.");
  const verdier = grenser.map((g, i) => {
    const tall = g instanceof Decimal ? { type: "tall" as const, verdi: g } : tolkNorskTall(g);
    if (tall.type !== "tall") throw new PrisFeil(`Bandgrense nr. ${i + 1} må være et tall, fikk «${String(g)}».`);
    return tall.verdi;
  });
  verdier.forEach((v, i) => {
    if (i > 0 && !v.gt(verdier[i - 1])) {
      throw new PrisFeil(`Bandgrensene må øke: ${norskTall(v)} kommer etter ${norskTall(verdier[i - 1])}.`);
    }
  });
  const antall = verdier.length + 1;
  if (navn && navn.length !== antall) {
    throw new PrisFeil(`${verdier.length} bandgrenser gir ${antall} band, men det er oppgitt ${navn.length} navn.`);
  }
  const etiketter = lagEtiketter(enhet, verdier);
  const valgteNavn = navn ?? (antall === STANDARD_BANDNAVN.length ? STANDARD_BANDNAVN : etiketter);
  return {
    enhet,
    grenser: verdier.map((verdi, i) => ({ verdi, inklusiv: i > 0 })),
    band: etiketter.map((etikett, i) => ({ navn: valgteNavn[i], etikett })),
  };
}

/**
 * Exact, non-overlapping range labels from the edge rule: "under 0 %", "0–29 %" (both ends included),
 * "over 29–60 %" (above 29, up to and including 60), …, "over 100 %". The same for kroner ("over 40 000–100 000 kr":
 * a change of 40 000,50 kr is in that band too).
 */
function lagEtiketter(enhet: Bandsett["enhet"], grenser: Decimal[]): string[] {
  const tegn = enhet === "prosent" ? " %" : " kr";
  const etiketter = [`under ${norskTall(grenser[0])}${tegn}`];
  for (let i = 1; i < grenser.length; i++) {
    const fra = i === 1 ? norskTall(grenser[0]) : `over ${norskTall(grenser[i - 1])}`;
    etiketter.push(`${fra}–${norskTall(grenser[i])}${tegn}`);
  }
  etiketter.push(`over ${norskTall(grenser[grenser.length - 1])}${tegn}`);
  return etiketter;
}

/** The row for customers without a baseline (no price today; for percentages also a price of 0 kr). */
export const UTEN_GRUNNLAG = {
  navn: "Uten grunnlag",
  etikett: { prosent: "ingen pris i dag (eller 0 kr)", kroner: "ingen pris i dag" },
} as const;

/** The published percentage bands: under 0, 0–29, over 29–60, over 60–100, over 100 %. */
export const STANDARD_PROSENTBAND: Bandsett = lagBandsett("prosent", [0, 29, 60, 100]);
/** The published krone bands: under 0, 0–40 000, over 40 000–100 000, over 100 000–250 000, over 250 000 kr. */
export const STANDARD_KRONEBAND: Bandsett = lagBandsett("kroner", [0, 40_000, 100_000, 250_000]);

/** Index of the band a value falls in (see Bandsett for the rule). */
export function finnBand(bandsett: Bandsett, verdi: Decimal): number {
  return finnBandMotTerskler(bandsett.grenser, verdi, (g) => g.verdi);
}

/**
 * The same rule against limits scaled per customer: used for percentage bands without dividing,
 * by comparing the change in kroner with grunnlag × grense / 100 (exactly equivalent for grunnlag > 0).
 */
export function finnBandMotTerskler<T extends { inklusiv: boolean }>(grenser: readonly T[], verdi: Decimal, terskel: (g: T, i: number) => Decimal): number {
  for (let i = 0; i < grenser.length; i++) {
    const c = verdi.cmp(terskel(grenser[i], i));
    if (c < 0 || (c === 0 && grenser[i].inklusiv)) return i;
  }
  return grenser.length;
}

/** Per-customer thresholds in kroner for percentage limits: grunnlag × grense / 100. */
export function kroneterskler(bandsett: Bandsett, grunnlag: Decimal): Decimal[] {
  return bandsett.grenser.map((g) => grunnlag.times(g.verdi).div(100));
}

/**
 * Reads band limits as typed: "0;29;60;100", "0, 29, 60, 100" (with ";" or a space-comma list) or an array.
 * Norwegian decimals ("12,5") are allowed only with ";" as separator.
 */
export function tolkBandgrenser(verdi: unknown, argument = "band"): string[] {
  if (Array.isArray(verdi)) return verdi.map((v) => String(v));
  if (typeof verdi !== "string" || verdi.trim() === "") {
    throw new PrisFeil(`Argumentet «${argument}» må være en liste med bandgrenser, f.eks. «0;29;60;100».`);
  }
  const deler = verdi.includes(";") ? verdi.split(";") : verdi.split(",");
  return deler.map((d) => d.trim()).filter((d) => d !== "");
}
