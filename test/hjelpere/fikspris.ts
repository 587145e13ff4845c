/** Kjører kommandolinjen i samme prosess (raskt) og samler utdata og avslutningskode. */
import { kjorFikspris } from "../../src/cli/main";

export function kjor(...argv: string[]): { kode: number; ut: string; feil: string } {
  let ut = "";
  let feil = "";
  const kode = kjorFikspris(argv, (t) => (ut += t + "\n"), (t) => (feil += t + "\n"));
  // Bare «arbeidsbok» blir ferdig asynkront (den skriver en fil): testene av den kjører den bygde CLI-en i en egen prosess.
  if (typeof kode !== "number") throw new Error(`«${argv[0]}» er asynkron: kjør den i en egen prosess.`);
  return { kode, ut, feil };
}
