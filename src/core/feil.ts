/**
 * Typed errors of the pricing core. Every message is Norwegian and names the problem;
 * the Excel adapter maps `type` to an error code (#VALUE! or #N/A).
 */
export type Feiltype =
  /** The input has the wrong form or value (→ #VALUE!). */
  | "ugyldig"
  /** Something looked up does not exist or is not offered (→ #N/A). */
  | "ikke_funnet";

export class PrisFeil extends Error {
  readonly type: Feiltype;
  constructor(melding: string, type: Feiltype = "ugyldig") {
    super(melding);
    this.name = "PrisFeil";
    this.type = type;
  }
}

/** One problem in a parsed table (matrix, SvarUt table, Digifin table, customer list). */
export interface Celleproblem {
  /** A1-style address relative to the range's top-left cell, e.g. "C5"; "" for the whole table. */
  celle: string;
  melding: string;
}

/** A table that failed validation: all problems at once, so the user can fix them in one go. */
export class TabellFeil extends PrisFeil {
  readonly problemer: Celleproblem[];
  /** What was invalid, e.g. «prismatrise» or «CSV-fil»; the message starts with «Ugyldig <tabell>:». */
  readonly tabell: string;
  constructor(tabell: string, problemer: Celleproblem[]) {
    const forste = problemer.slice(0, 3).map(formaterProblem).join(" ");
    const flere = problemer.length > 3 ? ` (og ${problemer.length - 3} feil til)` : "";
    super(`Ugyldig ${tabell}: ${forste}${flere}`, "ugyldig");
    this.name = "TabellFeil";
    this.problemer = problemer;
    this.tabell = tabell;
  }
}

export function formaterProblem(p: Celleproblem): string {
  return p.celle ? `Celle ${p.celle}: ${p.melding}` : p.melding;
}
