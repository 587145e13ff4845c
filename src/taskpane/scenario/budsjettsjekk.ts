import {
  type Budsjettvalg, type Kalkulatorinput, MEDLEMSKAPSSATSER, type Prismatrise, STANDARD_DIGIFIN, STANDARD_SVARUT, beregnBudsjett, iScenariofil,
} from "../../core";

/**
 * «Åpne scenario» med «budsjett»: planen regnes én gang med kjernen, så en fil kommandolinjen avviser (`fikspris
 * budsjett`), avvises her med den samme meldingen. Egen bit: budsjettets kjerne trengs ikke før en slik fil åpnes.
 */
export function sjekkScenariobudsjett(fil: string, input: Kalkulatorinput, valg: Budsjettvalg, matrise: Prismatrise): void {
  iScenariofil(fil, () => beregnBudsjett(input, valg, { matrise, svarut: STANDARD_SVARUT, digifin: STANDARD_DIGIFIN, medlemskap: MEDLEMSKAPSSATSER }));
}
