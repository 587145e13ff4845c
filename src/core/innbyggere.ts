import { MAKS_INNBYGGERE, TALLKRAV, lesPakrevdArgumenttall } from "./tallkrav";

export { MAKS_INNBYGGERE };

/** A population is a whole count from 0 to MAKS_INNBYGGERE. Text such as "53 712" is accepted. */
export function tolkInnbyggere(verdi: unknown, argument = "innbyggere"): number {
  return lesPakrevdArgumenttall(verdi, TALLKRAV.innbyggere, argument).toNumber();
}
