/** Bodø-scenariet som kalkulatorark, delt av testene som skriver kalkulatoren gjennom excel.ts. */
import { STANDARD_PRISMATRISE, STANDARD_SVARUT, beregnKalkulator } from "../../src/core";
import { BODO_KALKULATOR } from "../hjelpere/bodo";
import type { Kalkulatoroppsett } from "../../src/taskpane/felles/arkoppsett";

export { BODO_KALKULATOR };

/** Kalkulatorarket for Bodø med standardmatrisen, eller med formler mot en matrise i arket. */
export function oppsett(matriseomrade: string | null = null, kundenavn = "Bodø"): Kalkulatoroppsett {
  const resultat = beregnKalkulator(BODO_KALKULATOR, STANDARD_PRISMATRISE, STANDARD_SVARUT);
  return {
    kundenavn, nummer: "1804", kundetype: "KOMMUNE", innbyggere: 53712, innbyggerkilde: "SSB tabell 07459, 1. januar 2024",
    volum: { altinn: 1000, forsendelser: 50000, svarinn: 200 }, rader: resultat.rader, matriseomrade,
    matrisenavn: matriseomrade ? `Prismatrise fra arket ${matriseomrade}` : "Standard prismatrise 2025",
  };
}
