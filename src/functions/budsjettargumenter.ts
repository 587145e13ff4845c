/** Argumentene til budsjettfunksjonene (KS.ÅRSPRIS, KS.ÅRSBELØP …): bare konvertering, reglene ligger i src/core. */
import { Decimal, type Kvartal, kvartalFraTekst, lesArgumenttall, lesPakrevdArgumenttall, norskTall, PrisFeil, TALLKRAV, type Tallkrav } from "../core";
import { erUtelatt } from "./argumenter";

/** En årlig endring som i Excel: 3 % (0,03); utelatt = 0. Kjernen regner i prosent. */
export function tilEndring(verdi: unknown, argument: string): Decimal {
  return (lesArgumenttall(verdi, TALLKRAV.arligEndring, argument) ?? new Decimal(0)).times(100);
}

export function tilHeltall(verdi: unknown, krav: Tallkrav, argument: string): number {
  return lesPakrevdArgumenttall(verdi, krav, argument).toNumber();
}

/** En årspris i hele kroner (som KS.ÅRSPRIS gir den): kvartalsreglene er definert for hele kroner. */
export function tilHeleKroner(verdi: unknown, argument: string): number {
  const belop = lesPakrevdArgumenttall(verdi, TALLKRAV.belop, argument);
  if (!belop.isInteger()) {
    throw new PrisFeil(`Argumentet «${argument}» må være hele kroner (f.eks. fra KS.ÅRSPRIS), fikk ${norskTall(belop)}.`);
  }
  return belop.toNumber();
}

/** Oppstartskvartalet som "2026-K3"; utelatt eller tomt = i bruk hele året. */
export function tilOppstart(verdi: unknown, argument: string): Kvartal | null {
  if (erUtelatt(verdi) || (typeof verdi === "string" && verdi.trim() === "")) return null;
  const kvartal = kvartalFraTekst(verdi);
  if (!kvartal) throw new PrisFeil(`Argumentet «${argument}» må være et kvartal som "2026-K3" (ÅÅÅÅ-K1 til ÅÅÅÅ-K4), fikk «${String(verdi)}».`);
  return kvartal;
}
