/** Kjører kommandolinjen i samme prosess (raskt) og samler utdata og avslutningskode. */
import { kjorFikspris } from "../../src/cli/main";

export async function kjor(...argv: string[]): Promise<{ kode: number; ut: string; feil: string }> {
  let ut = "";
  let feil = "";
  const kode = await kjorFikspris(argv, (t) => (ut += t + "\n"), (t) => (feil += t + "\n"));
  return { kode, ut, feil };
}
