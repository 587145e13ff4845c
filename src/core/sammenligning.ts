import { Decimal } from "./desimal";
import type { Effektsammendrag, Effektvalg, Fordeling } from "./effekttyper";
import { lagSektor } from "./sektor";
import type { Kunde } from "./kundeliste";
import type { Prismatrise } from "./prismatrise";
import { prisendring } from "./prisendring";
import { tjenestenokkel } from "./tjenestenokkel";

export interface Kundedifferanse {
  kunde: Kunde;
  /** Total under matrix A and B (rounded lines, as invoiced). */
  a: Decimal;
  b: Decimal;
  /** b − a: negative = the customer pays less under B (gains). */
  differanse: Decimal;
  /** In percent of a, unrounded; null when a is 0. */
  prosent: Decimal | null;
}

export interface Tjenestedifferanse {
  tjeneste: string;
  /** Revenue under A and B (rounded lines); 0 when the matrix does not have the service. */
  a: Decimal;
  b: Decimal;
  differanse: Decimal;
}

export interface Sammenligning {
  kunder: Kundedifferanse[];
  tjenester: Tjenestedifferanse[];
  total: { a: Decimal; b: Decimal; differanse: Decimal; prosent: Decimal | null };
  /** Customers who pay less under B. */
  vinnere: number;
  /** Customers who pay more under B. */
  tapere: number;
  uendret: number;
  /** The change A → B in the bands per kundetype (baseline: totals under A). */
  prosentfordeling: Fordeling[];
  kronefordeling: Fordeling[];
}

/**
 * Scenario comparison: the same customers priced under two matrices (e.g. størrelsesjustering 30 % vs 25 %).
 * Per customer the totals under A and B and the difference (B − A); who gains (pays less under B) and who loses;
 * revenue per service under both; and the distribution of the change A → B in the bands, exactly as the effect
 * analysis with A's totals as "today's price". Comparing a matrix with itself gives all zeros.
 */
export function sammenlignMatriser(kunder: readonly Kunde[], a: Prismatrise, b: Prismatrise, valg: Omit<Effektvalg, "grunnlinje"> = {}): Sammenligning {
  const sektorA = lagSektor(kunder, a, { ...valg, grunnlinje: "startmatrise" });
  const sektorB = lagSektor(kunder, b, { ...valg, grunnlinje: { matrise: a } });
  const resultatA = sektorA.kunderesultater();
  const resultatB = sektorB.kunderesultater();
  const differanser = resultatB.map((r, i): Kundedifferanse => {
    const totalA = resultatA[i].ny;
    return { kunde: r.kunde, a: totalA, b: r.ny, differanse: r.ny.minus(totalA), prosent: prisendring(totalA, r.ny) };
  });
  const sammendragB = sektorB.sammendrag();
  return {
    kunder: differanser,
    tjenester: tjenestedifferanser(sektorA.sammendrag(), sammendragB),
    total: {
      a: sammendragB.total.gammel,
      b: sammendragB.total.ny,
      differanse: sammendragB.total.endringKr,
      prosent: sammendragB.total.endringProsent,
    },
    vinnere: differanser.filter((d) => d.differanse.isNegative() && !d.differanse.isZero()).length,
    tapere: differanser.filter((d) => d.differanse.isPositive() && !d.differanse.isZero()).length,
    uendret: differanser.filter((d) => d.differanse.isZero()).length,
    prosentfordeling: sammendragB.prosentfordeling,
    kronefordeling: sammendragB.kronefordeling,
  };
}

function tjenestedifferanser(a: Effektsammendrag, b: Effektsammendrag): Tjenestedifferanse[] {
  const rader = new Map<string, Tjenestedifferanse>();
  const null0 = new Decimal(0);
  for (const t of a.tjenester) rader.set(tjenestenokkel(t.tjeneste), { tjeneste: t.tjeneste, a: t.inntekt, b: null0, differanse: null0 });
  for (const t of b.tjenester) {
    const nokkel = tjenestenokkel(t.tjeneste);
    const rad = rader.get(nokkel) ?? { tjeneste: t.tjeneste, a: null0, b: null0, differanse: null0 };
    rader.set(nokkel, { ...rad, b: t.inntekt });
  }
  return [...rader.values()].map((r) => ({ ...r, differanse: r.b.minus(r.a) }));
}
