/**
 * Arbeidsbokens offentlige inngang: det oppgaveruten og kommandolinjen får bruke (lint-regelen lag/retning slipper
 * bare denne stien gjennom). exceljs lastes først når en fil skal skrives, så kommandolinjen starter like raskt og
 * oppgaverutens første bunt ikke får den med.
 */
import type { Arbeidsbokplan } from "../ark/modell";

export { lagKalkulatorbok, type Kalkulatorbokvalg, type Budsjettbokvalg } from "./kalkulatorbok";
export { lagSektorbok, type Sektorbokvalg } from "./sektorbok";
export { formler, type Arbeidsbokplan } from "../ark/modell";

/** Planen som .xlsx-bytes (exceljs, lastet ved første bruk). */
export async function skrivXlsx(plan: Arbeidsbokplan): Promise<Uint8Array> {
  const { skrivXlsx: skriv } = await import(/* webpackChunkName: "xlsx" */ "./xlsx");
  return skriv(plan);
}
