import { Decimal } from "./desimal";
import { MATRISEKOLONNER, type Prisledd, type Prismatrise, REFERANSERAD } from "./prismatrise";
import { norskProsent, norskTall } from "./tallformat";

const IKKE_TILBUDT = "NA";
const OVERSKRIFT = Object.values(MATRISEKOLONNER).map((navn) => navn[0]);

/**
 * The matrix as cells in exactly the layout tolkPrismatrise accepts: numbers as numbers (what
 * PRISMATRISE() spills into Excel), "NA" where a kundetype is not offered, and a last row with the
 * reference populations.
 */
export function prismatriseTilCeller(matrise: Prismatrise): (string | number)[][] {
  return tilCeller(matrise, (d) => d.toNumber(), (d) => d.toNumber());
}

/** The same layout as Norwegian text ("16 500", "6,345", "10 %"): the CSV file format. */
export function prismatriseTilTekstceller(matrise: Prismatrise): string[][] {
  return tilCeller(matrise, norskTall, norskProsent);
}

function tilCeller<T extends string | number>(
  matrise: Prismatrise,
  belop: (d: Decimal) => T,
  prosent: (d: Decimal) => T,
): (T | string)[][] {
  const ledd = (l: Prisledd | null) =>
    l ? [belop(l.fastpris), belop(l.innbyggerpris), prosent(l.justering)] : [IKKE_TILBUDT, IKKE_TILBUDT, IKKE_TILBUDT];
  const rader = matrise.tjenester.map((t) => [
    t.navn,
    ...ledd(t.kommune),
    ...ledd(t.fylkeskommune),
    t.statligFastpris ? belop(t.statligFastpris) : "",
  ]);
  const referanse = [REFERANSERAD, "", belop(new Decimal(matrise.referanse.KOMMUNE)), "", "", belop(new Decimal(matrise.referanse.FYLKESKOMMUNE)), "", ""];
  return [OVERSKRIFT, ...rader, referanse];
}
