import { MAKS_INNBYGGERE, TALLKRAV, lesPakrevdArgumenttall } from "./tallkrav";

export { MAKS_INNBYGGERE };

/** Et innbyggertall er et helt antall fra 0 til MAKS_INNBYGGERE. Tekst som "53 712" godtas. */
export function tolkInnbyggere(verdi: unknown, argument = "innbyggere"): number {
  return lesPakrevdArgumenttall(verdi, TALLKRAV.innbyggere, argument).toNumber();
}
