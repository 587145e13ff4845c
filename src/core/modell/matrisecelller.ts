import { Decimal } from "./desimal";
import { MATRISEKOLONNER, PRISARRAD, type Prisledd, type Prismatrise, REFERANSERAD, STANDARD_PRISAR } from "./prismatrise";
import { norskProsent, norskTall } from "../visning/tallformat";

const IKKE_TILBUDT = "NA";
const OVERSKRIFT = Object.values(MATRISEKOLONNER).map((navn) => navn[0]);

/**
 * Matrisen som celler i nøyaktig det oppsettet tolkPrismatrise godtar: tall som tall (det
 * PRISMATRISE() sprer ut i Excel), "NA" der en kundetype ikke får tilbudet, og en siste rad med
 * referanseinnbyggertallene. En matrise for et annet år enn 2025 får i tillegg raden «Prisår» (standardmatrisen
 * har den ikke, så oppsettet for 2025 er det samme som før).
 */
export function prismatriseTilCeller(matrise: Prismatrise): (string | number)[][] {
  return tilCeller(matrise, (d) => d.toNumber(), (d) => d.toNumber());
}

/** Det samme oppsettet som norsk tekst ("16 500", "6,345", "10 %"): CSV-filformatet. */
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
  const prisar = matrise.prisar === STANDARD_PRISAR ? [] : [[PRISARRAD, belop(new Decimal(matrise.prisar)), "", "", "", "", "", ""]];
  return [OVERSKRIFT, ...rader, referanse, ...prisar];
}
