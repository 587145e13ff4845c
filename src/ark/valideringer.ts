/**
 * Inndatavalideringen av arbeidsbøkenes gule celler (Excel og LibreOffice avviser andre verdier når de skrives inn, og
 * viser inndatameldingen når cellen velges), med kjernens tallkrav og ordlyd (TALLKRAV, som kommandolinjen bruker).
 */
import { TALLKRAV, type Tallkrav } from "../core";
import type { Validering } from "./modell";

type Grense = Omit<Extract<Validering, { type: "heltall" | "desimal" }>, "omrade">;

/** Et tallkrav som validering: `felt` navngir cellen («Innbyggere», «Eksisterende pris»). */
export function tallkrav(felt: string, k: Tallkrav): Grense {
  // En eksklusiv øvre grense (størrelsesjustering < 100 %) blir den største verdien under den som betyr noe.
  const max = k.maksEksklusiv ? k.maks.minus(1e-9).toNumber() : k.maks.toNumber();
  return {
    type: k.heltall ? "heltall" : "desimal",
    min: k.min.toNumber(),
    max,
    melding: `${felt} må være ${k.hva} (${k.regel}).`,
    inndatamelding: `${felt}: ${k.hva}, ${k.regel} (f.eks. ${k.eksempel}).`,
  };
}

export const INNBYGGERE = tallkrav("Innbyggere", TALLKRAV.innbyggere);
export const VOLUM = tallkrav("Antall per år", TALLKRAV.volum);
/** Et beløp i kroner ≥ 0; `hva` navngir kolonnen («Eksisterende pris», «Pris i dag»); standard: en kostnad (en total). */
export const belop = (hva: string, k: Tallkrav = TALLKRAV.kostnad): Grense => tallkrav(hva, k);
