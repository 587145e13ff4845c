/**
 * Den ene kjøreren for alle KS-funksjonene: leser argumentene etter tabellen (katalog.ts) og kaller funksjonens
 * rene kropp. Rekkefølgen er fast: først sjekkes at hver enkeltverdi er én celle, så leses enkeltverdiene i
 * parameterrekkefølge, til sist områdene (tabeller tolkes etter de enkle argumentene).
 */
import { skalar } from "./argumenter";
import { ARGUMENTTYPER } from "./argumenttyper";
import { kjor } from "./feilkart";
import type { Funksjonsdefinisjon } from "./katalog";
import { med } from "./med";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel kaller funksjonene med utypede verdier
export type Excelfunksjon = (...argumenter: any[]) => any;

interface Forberedt {
  navn: string;
  les: (verdi: unknown, argument: string) => unknown;
}

/**
 * Tabellraden gjøres om én gang (typeoppslag, rekkefølge), så hvert kall bare leser argumentene: i 10 000 celler
 * teller hver mikrosekund per kall.
 */
export function lagExcelfunksjon(d: Funksjonsdefinisjon): Excelfunksjon {
  const forbered = (omrade: boolean) => d.parametre.flatMap((p, i) => {
    const type = ARGUMENTTYPER[p.type];
    return type.omrade === omrade ? [{ i, navn: p.navn, les: type.les as Forberedt["les"] }] : [];
  });
  const enkle = forbered(false);
  const omrader = forbered(true);
  const kropp = d.kjor as (a: Record<string, unknown>) => unknown;
  return (...excelverdier: unknown[]) => kjor(d.id, () => {
    const verdier = enkle.map((p) => skalar(excelverdier[p.i], p.navn));
    const rene: Record<string, unknown> = {};
    for (let j = 0; j < enkle.length; j++) rene[enkle[j].navn] = enkle[j].les(verdier[j], enkle[j].navn);
    for (const p of omrader) {
      const verdi = excelverdier[p.i];
      // Utelatt område: standardtabellen, uten feil å sette argumentnavnet foran.
      rene[p.navn] = verdi === null || verdi === undefined ? p.les(verdi, p.navn) : med(p.navn, () => p.les(verdi, p.navn));
    }
    return kropp(rene);
  });
}
