import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { tolkNorskTall } from "../innlesing/norsktall";
import { norskTall } from "../visning/tallformat";

/** Én grense mellom to bånd. */
export interface Bandgrense {
  verdi: Decimal;
  /** true: en verdi lik grensen hører til båndet under den («til og med»). */
  inklusiv: boolean;
}

/** Ett bånd i en fordeling, f.eks. "Noe over snittet" (over 29–60 %). */
export interface Band {
  navn: string;
  /** Intervallet på norsk, f.eks. "0–29 %", "over 40 000–100 000 kr", "over 100 %". */
  etikett: string;
}

/**
 * Et sett med bånd: `grenser.length + 1` bånd i stigende rekkefølge. En verdi x hører til det første båndet k
 * med x < grenser[k].verdi, eller x = grenser[k].verdi når den grensen er inklusiv; ellers til det siste båndet.
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
 * Lager et båndsett av stigende grenser, med kantregelen i KS' publiserte båndtabeller:
 * det første båndet ligger strengt under den første grensen (en reduksjon er en endring < 0; nøyaktig 0 er
 * "Opp til snittet"); hvert senere bånd går fra over forrige grense opp til OG MED sin egen grense, så 29 % er i
 * "Opp til snittet", 29,01 % i "Noe over snittet", 40 000 kr i "Opp til snittet" og 40 001 kr (eller 40 000,01)
 * i "Noe over snittet"; det siste båndet er alt over den siste grensen.
 * Navn: `navn` (ett flere enn grensene), ellers de fem standardnavnene når det er fire grenser, ellers
 * intervalletikettene.
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
 * Eksakte intervalletiketter uten overlapp, etter kantregelen: "under 0 %", "0–29 %" (begge ender med),
 * "over 29–60 %" (over 29, til og med 60), …, "over 100 %". Det samme for kroner ("over 40 000–100 000 kr":
 * en endring på 40 000,50 kr er også i det båndet).
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

/** Raden for kunder uten grunnlag (ingen pris i dag; for prosent også en pris på 0 kr). */
export const UTEN_GRUNNLAG = {
  navn: "Uten grunnlag",
  etikett: { prosent: "ingen pris i dag (eller 0 kr)", kroner: "ingen pris i dag" },
} as const;

/** De publiserte prosentbåndene: under 0, 0–29, over 29–60, over 60–100, over 100 %. */
export const STANDARD_PROSENTBAND: Bandsett = lagBandsett("prosent", [0, 29, 60, 100]);
/** De publiserte kronebåndene: under 0, 0–40 000, over 40 000–100 000, over 100 000–250 000, over 250 000 kr. */
export const STANDARD_KRONEBAND: Bandsett = lagBandsett("kroner", [0, 40_000, 100_000, 250_000]);

/** Indeksen til båndet en verdi havner i (se Bandsett for regelen). */
export function finnBand(bandsett: Bandsett, verdi: Decimal): number {
  return finnBandMotTerskler(bandsett.grenser, verdi, (g) => g.verdi);
}

/**
 * Den samme regelen mot grenser skalert per kunde: brukes for prosentbånd uten å dele,
 * ved å sammenligne endringen i kroner med grunnlag × grense / 100 (nøyaktig det samme for grunnlag > 0).
 */
export function finnBandMotTerskler<T extends { inklusiv: boolean }>(grenser: readonly T[], verdi: Decimal, terskel: (g: T, i: number) => Decimal): number {
  for (let i = 0; i < grenser.length; i++) {
    const c = verdi.cmp(terskel(grenser[i], i));
    if (c < 0 || (c === 0 && grenser[i].inklusiv)) return i;
  }
  return grenser.length;
}

/** Terskler i kroner per kunde for prosentgrenser: grunnlag × grense / 100. */
export function kroneterskler(bandsett: Bandsett, grunnlag: Decimal): Decimal[] {
  return bandsett.grenser.map((g) => grunnlag.times(g.verdi).div(100));
}

/**
 * Leser båndgrenser slik de skrives: "0;29;60;100", "0, 29, 60, 100" (med ";" eller en liste med komma og
 * mellomrom) eller en tabell. Norske desimaler ("12,5") er bare tillatt med ";" som skilletegn.
 */
export function tolkBandgrenser(verdi: unknown, argument = "band"): string[] {
  if (Array.isArray(verdi)) return verdi.map((v) => String(v));
  if (typeof verdi !== "string" || verdi.trim() === "") {
    throw new PrisFeil(`Argumentet «${argument}» må være en liste med bandgrenser, f.eks. «0;29;60;100».`);
  }
  const deler = verdi.includes(";") ? verdi.split(";") : verdi.split(",");
  return deler.map((d) => d.trim()).filter((d) => d !== "");
}
