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

function rad(etikett: string, gruppe: readonly Kunderesultat[]): Storrelsesrad & { total: Decimal } {
  const total = gruppe.reduce((sum, r) => sum.plus(r.ny), new Decimal(0));
  const innbyggere = gruppe.reduce((sum, r) => sum + r.kunde.innbyggere, 0);
  const med = gruppe.filter((r) => r.endringKr !== null);
  const endring = med.reduce((sum, r) => sum.plus(r.endringKr!), new Decimal(0));
  return {
    etikett,
    antall: gruppe.length,
    total,
    perInnbygger: innbyggere > 0 ? total.div(innbyggere) : null,
    snitt: total.div(gruppe.length),
    endring: med.length > 0 ? endring.div(med.length) : null,
  };
}

export interface Storrelsesfordeling {
  kundetype: Kundetype;
  rader: Storrelsesrad[];
  /** Alle kundene av kundetypen, med samlet ny pris per år. */
  alle: Storrelsesrad & { total: Decimal };
}

export function storrelsesfordeling(resultater: readonly Kunderesultat[]): Storrelsesfordeling[] {
  const perType = new Map<Kundetype, Kunderesultat[]>();
  for (const r of resultater) perType.set(r.kunde.kundetype, [...(perType.get(r.kunde.kundetype) ?? []), r]);
  return KUNDETYPER.filter((k) => perType.has(k)).map((kundetype) => {
    const alle = perType.get(kundetype)!;
    const grupper = [...STORRELSESGRENSER, Infinity].map((_, i) => alle.filter((r) => storrelse(r.kunde.innbyggere) === i));
    return { kundetype, rader: grupper.flatMap((g, i) => (g.length > 0 ? [rad(etikett(i), g)] : [])), alle: rad("Alle", alle) };
  });
}
