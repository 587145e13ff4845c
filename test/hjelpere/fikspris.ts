/** Kjører kommandolinjen i samme prosess (raskt) og samler utdata og avslutningskode. */
import { kjorFikspris } from "../../src/cli/main";

export function kjor(...argv: string[]): { kode: number; ut: string; feil: string } {
  let ut = "";
  let feil = "";
  const kode = kjorFikspris(argv, (t) => (ut += t + "\n"), (t) => (feil += t + "\n"));
  return { kode, ut, feil };
}
