import type { Decimal } from "../modell/desimal";
import { gangBrok, type Heltallsbrok, heltall, potensBrok, prosentfaktor, rundBrok } from "../modell/heltallsbrok";

/**
 * Innbyggertallet i planens år nr. `n` (0 = første år, som bruker scenariets tall):
 * P × (1 + vekst/100)^n avrundet halvt opp, regnet fra starttallet hvert år — aldri fra fjorårets
 * avrundede tall, så avrundingene hoper seg ikke opp over årene.
 */
export function framskrevetInnbyggertall(innbyggere: number, vekstProsent: Decimal, n: number): number {
  if (n === 0) return innbyggere;
  const faktor = potensBrok(prosentfaktor(vekstProsent), n);
  return heltall(rundBrok(gangBrok({ t: BigInt(innbyggere), n: 1n }, faktor)), "Innbyggertallet blir urimelig stort");
}

/** Prisfaktoren (1 + prisjustering/100)^n for planens år nr. `n`, eksakt. */
export function prisjusteringsfaktor(prisjusteringProsent: Decimal, n: number): Heltallsbrok {
  return potensBrok(prosentfaktor(prisjusteringProsent), n);
}
