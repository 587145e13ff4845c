import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { TALLKRAV, lesArgumenttall } from "./tallkrav";

/** A størrelsesjustering typed as an argument: 0,3 or "30 %"; must be from 0 to under 1 (100 %). */
export function tolkJustering(verdi: unknown, argument = "justering"): Decimal {
  const tall = lesArgumenttall(verdi, TALLKRAV.justering, argument);
  if (tall === null) {
    throw new PrisFeil(`Argumentet «${argument}» mangler: oppgi størrelsesjusteringen, f.eks. 30 % eller 0,3.`);
  }
  return tall;
}

/** A reference population typed as an argument: a positive whole number; blank → `standard`. */
export function tolkReferanse(verdi: unknown, standard: number, argument = "referanse"): number {
  return lesArgumenttall(verdi, TALLKRAV.referanse, argument)?.toNumber() ?? standard;
}
