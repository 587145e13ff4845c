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

export function lagExcelfunksjon(d: Funksjonsdefinisjon): Excelfunksjon {
  return (...excelverdier: unknown[]) => kjor(d.id, () => {
    const verdier = d.parametre.map((p, i) => (ARGUMENTTYPER[p.type].omrade ? excelverdier[i] : skalar(excelverdier[i], p.navn)));
    const rene: Record<string, unknown> = {};
    for (const omrader of [false, true]) {
      d.parametre.forEach((p, i) => {
        const type = ARGUMENTTYPER[p.type];
        if (type.omrade !== omrader) return;
        rene[p.navn] = omrader ? med(p.navn, () => type.les(verdier[i], p.navn)) : type.les(verdier[i], p.navn);
      });
    }
    return (d.kjor as (a: Record<string, unknown>) => unknown)(rene);
  });
}
