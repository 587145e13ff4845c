import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { tolkNorskTall } from "./norsktall";

/** A størrelsesjustering typed as an argument: 0,3 or "30 %"; must be from 0 to under 1 (100 %). */
export function tolkJustering(verdi: unknown, argument = "justering"): Decimal {
  const tall = tolkNorskTall(verdi);
  if (tall.type === "tom") {
    throw new PrisFeil(`Argumentet «${argument}» mangler: oppgi størrelsesjusteringen, f.eks. 30 % eller 0,3.`);
  }
  if (tall.type === "ugyldig" || tall.verdi.isNegative() || tall.verdi.gte(1)) {
    throw new PrisFeil(`Argumentet «${argument}» må være fra 0 % til under 100 % (f.eks. 30 % eller 0,3), fikk «${String(verdi)}».`);
  }
  return tall.verdi;
}

/** A reference population typed as an argument: a positive whole number; blank → `standard`. */
export function tolkReferanse(verdi: unknown, standard: number, argument = "referanse"): number {
  if (verdi === null || verdi === undefined || (typeof verdi === "string" && verdi.trim() === "")) return standard;
  const tall = tolkNorskTall(verdi);
  if (tall.type !== "tall" || tall.prosent || !tall.verdi.isInteger() || tall.verdi.lte(0) || tall.verdi.gt(1e9)) {
    throw new PrisFeil(`Argumentet «${argument}» må være et referanseinnbyggertall (positivt heltall), fikk «${String(verdi)}».`);
  }
  return tall.verdi.toNumber();
}
