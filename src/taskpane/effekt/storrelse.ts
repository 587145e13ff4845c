/**
 * What the data can show without today's prices: the customers of each kundetype grouped by size, with their new
 * price per inhabitant and the average change per customer against the baseline. Sums and averages of the core's
 * per-customer results (exact Decimal), for display.
 */
import { Decimal, KUNDETYPER, type Kunderesultat, type Kundetype, norskTall } from "../../core";

/** Size limits (inhabitants): under 5 000, 5 000–19 999, 20 000–99 999, 100 000 or more. */
export const STORRELSESGRENSER = [5_000, 20_000, 100_000] as const;

export interface Storrelsesrad {
  /** "under 5 000", "5 000–19 999", "100 000 eller flere": whole inhabitants, so the ranges never overlap. */
  etikett: string;
  antall: number;
  /** Σ new totals / Σ inhabitants; null when they have no inhabitants. */
  perInnbygger: Decimal | null;
  /** Average new total per customer. */
  snitt: Decimal;
  /** Average change per customer with a baseline; null when none has one. */
  endring: Decimal | null;
}

function etikett(i: number): string {
  const g = STORRELSESGRENSER;
  const tall = (n: number) => norskTall(new Decimal(n)).replace(/ /g, "\u00a0");
  if (i === 0) return `under ${tall(g[0])}`;
  if (i === g.length) return `${tall(g[g.length - 1])} eller flere`;
  return `${tall(g[i - 1])}–${tall(g[i] - 1)}`;
}

const storrelse = (innbyggere: number) => STORRELSESGRENSER.filter((g) => innbyggere >= g).length;

export function storrelsesfordeling(resultater: readonly Kunderesultat[]): { kundetype: Kundetype; rader: Storrelsesrad[] }[] {
  const grupper = new Map<Kundetype, Kunderesultat[][]>();
  for (const r of resultater) {
    const perStorrelse = grupper.get(r.kunde.kundetype) ?? STORRELSESGRENSER.map(() => [] as Kunderesultat[]).concat([[]]);
    perStorrelse[storrelse(r.kunde.innbyggere)].push(r);
    grupper.set(r.kunde.kundetype, perStorrelse);
  }
  return KUNDETYPER.filter((k) => grupper.has(k)).map((kundetype) => ({
    kundetype,
    rader: grupper.get(kundetype)!.flatMap((gruppe, i) => {
      if (gruppe.length === 0) return [];
      const ny = gruppe.reduce((s, r) => s.plus(r.ny), new Decimal(0));
      const innbyggere = gruppe.reduce((s, r) => s + r.kunde.innbyggere, 0);
      const med = gruppe.filter((r) => r.endringKr !== null);
      const endring = med.reduce((s, r) => s.plus(r.endringKr!), new Decimal(0));
      return [{
        etikett: etikett(i),
        antall: gruppe.length,
        perInnbygger: innbyggere > 0 ? ny.div(innbyggere) : null,
        snitt: ny.div(gruppe.length),
        endring: med.length > 0 ? endring.div(med.length) : null,
      }];
    }),
  }));
}
