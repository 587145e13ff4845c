import type { Decimal, Kalkulatorsum } from "../core";
import type { Visningsrad } from "./beregning";
import { kr, prosent } from "./format";

/** De sju kolonnene som tekst, i rekkefølgen i KALKULATORKOLONNER. */
export type Radceller = [string, string, string, string, string, string, string];

const NA = "na.";
const belop = (verdi: Decimal | null, mangler: string) => (verdi === null ? mangler : kr(verdi));

/**
 * Kalkulatorens celler med den ene na.-regelen ruten, kommandolinjen og det innsatte arket deler: «na.» der linjen
 * skulle hatt en verdi og ikke kan få den (ny pris, endring i % og kr og total ny for en tjeneste i bruk — Min
 * kommune, som nå er en del av grunnfinansieringen, en tjeneste uten dagens pris, en linje holdt utenfor av et ugyldig
 * felt); tomt der kolonnen ikke gjelder linjen (dagens pris ikke oppgitt, «tillegg» for en tjeneste i bruk,
 * endringskolonnene for en tjeneste som vurderes).
 */
export function radceller(rad: Visningsrad): Radceller {
  if (rad.type === "tillegg") {
    return [rad.tjeneste, "", "", "", "", belop(rad.tillegg, NA), belop(rad.totalNy, NA)];
  }
  return [
    rad.tjeneste, belop(rad.eksisterende, ""), belop(rad.ny, NA), prosent(rad.endringProsent),
    belop(rad.endringKr, NA), "", belop(rad.totalNy, NA),
  ];
}

/** Sumlinjen: summer av linjene som vises; % er «na.» når ingenting betales i dag. */
export function sumceller(sum: Kalkulatorsum): Radceller {
  return ["Sum", kr(sum.eksisterende), kr(sum.ny), prosent(sum.endringProsent), belop(sum.endringKr, NA), kr(sum.tillegg), kr(sum.totalNy)];
}
