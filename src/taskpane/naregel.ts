import type { Decimal, Kalkulatorsum } from "../core";
import type { Visningsrad } from "./beregning";
import { kr, prosent } from "./format";

/** The seven columns as text, in KALKULATORKOLONNER's order. */
export type Radceller = [string, string, string, string, string, string, string];

const NA = "na.";
const belop = (verdi: Decimal | null, mangler: string) => (verdi === null ? mangler : kr(verdi));

/**
 * The calculator's cells with the one "na." rule the pane, the CLI and the inserted sheet share: "na." where the line
 * should have a value and cannot get one (a used service's new price, change in % and kr and total new — Min kommune,
 * whose price is now part of grunnfinansiering, a service without today's price, a line held out by an invalid
 * field); empty where the column does not apply (today's price not given, "tillegg" on a used service, the change
 * columns of a considered service).
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

/** The total line: sums of the shown lines; % "na." when nothing is paid today. */
export function sumceller(sum: Kalkulatorsum): Radceller {
  return ["Sum", kr(sum.eksisterende), kr(sum.ny), prosent(sum.endringProsent), belop(sum.endringKr, NA), kr(sum.tillegg), kr(sum.totalNy)];
}
