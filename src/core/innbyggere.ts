import { PrisFeil } from "./feil";

/** Upper bound on a population argument: far above Norway's, low enough to catch typing errors. */
export const MAKS_INNBYGGERE = 100_000_000;

/** A population is a whole, non-negative count. Text such as "53 712" is accepted. */
export function tolkInnbyggere(verdi: unknown, argument = "innbyggere"): number {
  let tall: unknown = verdi;
  if (typeof verdi === "string") {
    // Read signed and decimal text too, so "-5" and "5,5" get the precise message below.
    const renset = verdi.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
    tall = /^-?\d+([.,]\d+)?$/.test(renset) ? Number(renset.replace(",", ".")) : NaN;
  }
  if (typeof tall !== "number" || !Number.isFinite(tall)) {
    throw new PrisFeil(`Argumentet «${argument}» må være et innbyggertall (heltall ≥ 0), fikk «${String(verdi ?? "tom")}».`);
  }
  if (tall < 0) throw new PrisFeil(`Argumentet «${argument}» kan ikke være negativt, fikk ${tall}.`);
  if (!Number.isInteger(tall)) throw new PrisFeil(`Argumentet «${argument}» må være et heltall, fikk ${tall}.`);
  if (tall > MAKS_INNBYGGERE) {
    throw new PrisFeil(`Argumentet «${argument}» er urimelig stort (${tall}); høyeste tillatte er ${MAKS_INNBYGGERE}.`);
  }
  return tall;
}
