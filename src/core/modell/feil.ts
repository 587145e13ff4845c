/**
 * Priskjernens typede feil. Hver melding er norsk og nevner problemet;
 * Excel-tilpasningen gjør `type` om til en feilkode (#VALUE! eller #N/A).
 */
export type Feiltype =
  /** Inndataene har feil form eller verdi (→ #VALUE!). */
  | "ugyldig"
  /** Noe som slås opp finnes ikke eller tilbys ikke (→ #N/A). */
  | "ikke_funnet";

/**
 * Hva brukeren kan gjøre i stedet, som et navn: kjernen kjenner ingen front, så hver front (Excel-funksjonene,
 * kommandolinjen) legger til sin egen henvisning (f.eks. «Bruk KS.SVARUTPRIS.» eller «Bruk «fikspris svarut».»).
 */
export type Henvisning = "svarutpris";

export class PrisFeil extends Error {
  readonly type: Feiltype;
  readonly henvisning: Henvisning | null;
  constructor(melding: string, type: Feiltype = "ugyldig", henvisning: Henvisning | null = null) {
    super(melding);
    this.name = "PrisFeil";
    this.type = type;
    this.henvisning = henvisning;
  }
}

/** Ett problem i en tolket tabell (matrise, SvarUt-tabell, Digifin-tabell, kundeliste). */
export interface Celleproblem {
  /** A1-adresse regnet fra områdets øverste venstre celle, f.eks. "C5"; "" for hele tabellen. */
  celle: string;
  melding: string;
}

/** En tabell som ikke besto kontrollen: alle problemene på én gang, så brukeren kan rette dem i ett strekk. */
export class TabellFeil extends PrisFeil {
  readonly problemer: Celleproblem[];
  /** Det som var ugyldig, f.eks. «prismatrise» eller «CSV-fil»; meldingen begynner med «Ugyldig <tabell>:». */
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
