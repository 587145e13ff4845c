import { MAKS_INNBYGGERE, TALLKRAV, lesPakrevdArgumenttall } from "../innlesing/tallkrav";

export { MAKS_INNBYGGERE };

/** Et innbyggertall er et helt antall fra 0 til MAKS_INNBYGGERE. Tekst som "53 712" godtas. */
export function tolkInnbyggere(verdi: unknown, argument = "innbyggere"): number {
  // Hurtigvei for det vanlige: et gyldig heltall fra en celle (10 000 celler skal ikke lage 10 000 Decimal-er).
  if (typeof verdi === "number" && Number.isInteger(verdi) && verdi >= 0 && verdi <= MAKS_INNBYGGERE) return verdi;
  return lesPakrevdArgumenttall(verdi, TALLKRAV.innbyggere, argument).toNumber();
}
