import { type TabellFeil, formaterProblem } from "../../core";
import { arkadresse } from "../../ark/adresser";

/** Feilene i et område lest fra arket, med arkadresser («Prismatrise!D7: …»); uten celle som kjernen formaterer dem. */
export function problemliste(feil: TabellFeil, omrade: string): string[] {
  return feil.problemer.map((p) => (p.celle ? `${arkadresse(omrade, p.celle)}: ${p.melding}` : formaterProblem(p)));
}
