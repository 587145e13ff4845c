import { Decimal } from "../modell/desimal";
import type { Effektsammendrag, Effektvalg, Fordeling } from "./effekttyper";
import { lagSektor } from "./sektor";
import type { Kunde } from "./kundeliste";
import type { Prismatrise } from "../modell/prismatrise";
import { prisendring } from "./prisendring";
import { tjenestenokkel } from "../modell/tjenestenokkel";

export interface Kundedifferanse {
  kunde: Kunde;
  /** Totalen med matrise A og B (avrundede linjer, som fakturert). */
  a: Decimal;
  b: Decimal;
  /** b − a: negativ = kunden betaler mindre med B (vinner). */
  differanse: Decimal;
  /** I prosent av a, uavrundet; null når a er 0. */
  prosent: Decimal | null;
}

export interface Tjenestedifferanse {
  tjeneste: string;
  /** Inntekten med A og B (avrundede linjer); 0 når matrisen ikke har tjenesten. */
  a: Decimal;
  b: Decimal;
  differanse: Decimal;
}

export interface Sammenligning {
  kunder: Kundedifferanse[];
  tjenester: Tjenestedifferanse[];
  total: { a: Decimal; b: Decimal; differanse: Decimal; prosent: Decimal | null };
  /** Kunder som betaler mindre med B. */
  vinnere: number;
  /** Kunder som betaler mer med B. */
  tapere: number;
  uendret: number;
  /** Endringen A → B i båndene per kundetype (grunnlag: totalene med A). */
  prosentfordeling: Fordeling[];
  kronefordeling: Fordeling[];
}

/**
 * Scenariosammenligning: de samme kundene priset med to matriser (f.eks. størrelsesjustering 30 % mot 25 %).
 * Per kunde totalene med A og B og forskjellen (B − A); hvem som vinner (betaler mindre med B) og hvem som taper;
 * inntekt per tjeneste med begge; og fordelingen av endringen A → B i båndene, nøyaktig som effektanalysen
 * med A-totalene som «dagens pris». En matrise sammenlignet med seg selv gir bare nuller.
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
