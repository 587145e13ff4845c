/**
 * Det dataene kan vise uten dagens priser: kundene av hver kundetype gruppert etter størrelse, med ny pris per
 * innbygger og gjennomsnittlig endring per kunde mot grunnlaget. Summer og snitt av kjernens resultater per kunde
 * (eksakt Decimal), for visning.
 */
import { Decimal, KUNDETYPER, type Kunderesultat, type Kundetype, norskTall } from "../../core";

/** Størrelsesgrenser (innbyggere): under 5 000, 5 000–19 999, 20 000–99 999, 100 000 eller flere. */
export const STORRELSESGRENSER = [5_000, 20_000, 100_000] as const;

export interface Storrelsesrad {
  /** «under 5 000», «5 000–19 999», «100 000 eller flere»: hele innbyggere, så gruppene aldri overlapper. */
  etikett: string;
  antall: number;
  /** Σ nye totaler / Σ innbyggere; null når de ikke har innbyggere. */
  perInnbygger: Decimal | null;
  /** Snitt av ny total per kunde. */
  snitt: Decimal;
  /** Snitt av endringen per kunde med grunnlag; null når ingen har det. */
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
