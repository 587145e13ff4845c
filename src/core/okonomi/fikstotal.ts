import { Decimal } from "../modell/desimal";
import { PrisFeil } from "../modell/feil";
import { fiksPris } from "../modell/innbyggerpris";
import type { Kundetype } from "../modell/kundetype";
import type { Prismatrise } from "../modell/prismatrise";
import { finnMatrisetjeneste } from "../modell/tjenester";

/** Én tjeneste i en liste, med en etikett til meldinger (f.eks. celleadressen "A3"). */
export interface Tjenesteelement {
  navn: unknown;
  etikett: string;
}

/**
 * FIKSTOTAL: summen av årsprisene til flere tjenester for én kunde. Hver linje avrundes først halvt opp
 * til hele kroner, og totalen er summen av linjene som vises (som i kalkulatoren).
 * En tjeneste oppført to ganger er en feil; en feil i én linje nevner etiketten dens.
 */
export function fiksTotal(matrise: Prismatrise, tjenester: readonly Tjenesteelement[], innbyggere: number, kundetype: Kundetype): Decimal {
  if (tjenester.length === 0) throw new PrisFeil("Listen over tjenester er tom: oppgi minst én tjeneste, f.eks. «Fiks Digisos».");
  const sett = new Map<string, string>();
  let sum = new Decimal(0);
  for (const { navn, etikett } of tjenester) {
    try {
      const tjeneste = finnMatrisetjeneste(matrise, navn);
      const tidligere = sett.get(tjeneste.navn);
      if (tidligere !== undefined) throw new PrisFeil(`Tjenesten «${tjeneste.navn}» står to ganger (også i ${tidligere}).`);
      sett.set(tjeneste.navn, etikett);
      sum = sum.plus(fiksPris(matrise, tjeneste.navn, innbyggere, kundetype, 0));
    } catch (feil) {
      if (feil instanceof PrisFeil) throw new PrisFeil(`${etikett}: ${feil.message}`, feil.type, feil.henvisning);
      throw feil;
    }
  }
  return sum;
}
