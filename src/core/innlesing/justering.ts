import { Decimal } from "../modell/desimal";
import { PrisFeil } from "../modell/feil";
import { TALLKRAV, lesArgumenttall } from "./tallkrav";

/** En størrelsesjustering skrevet som argument: 0,3 eller "30 %"; må være fra 0 til under 1 (100 %). */
export function tolkJustering(verdi: unknown, argument = "justering"): Decimal {
  const tall = lesArgumenttall(verdi, TALLKRAV.justering, argument);
  if (tall === null) {
    throw new PrisFeil(`Argumentet «${argument}» mangler: oppgi størrelsesjusteringen, f.eks. 30 % eller 0,3.`);
  }
  return tall;
}

/** Et referanseinnbyggertall skrevet som argument: et positivt heltall; tomt → `standard`. */
export function tolkReferanse(verdi: unknown, standard: number, argument = "referanse"): number {
  return lesArgumenttall(verdi, TALLKRAV.referanse, argument)?.toNumber() ?? standard;
}
