/** Arket Innbyggere: SSBs folkemengde for hver kommune og fylkeskommune 1. januar hvert år som følger med, med kilde og lisens. */
import { BEFOLKNINGSAR, ORGANISASJONER } from "../core";
import { type Ark, Arkbygger, tekst } from "./plan";
import { FORMAT } from "./tallformat";

const INNBYGGERARK = "Innbyggere";
export const SSB_KILDE = "Kilde: Statistisk sentralbyrå (SSB), tabell 07459";
export const SSB_LISENS = "Lisens: Norsk lisens for offentlige data (NLOD 2.0)";

export function innbyggerark(): Ark {
  const b = new Arkbygger(INNBYGGERARK);
  b.sett(0, 0, tekst("Innbyggere (folkemengde 1. januar)", "tittel"));
  b.sett(1, 0, tekst(SSB_KILDE));
  b.sett(2, 0, tekst(SSB_LISENS));
  b.sett(3, 0, tekst(
    "Oslo kommune løser også fylkeskommunens oppgaver og faktureres én gang, som kommune. Prisene for år Y bruker folkemengden 1. januar året før: 2025-prisene 1.1.2024, 2027-prisene 1.1.2026.",
    "forklaring",
  ));
  const overskrift = 5;
  b.rad(overskrift, 0, ["Nummer", "Navn", "Kundetype", ...BEFOLKNINGSAR.map((ar) => `Innbyggere 1.1.${ar}`)].map((t) => tekst(t, "overskrift")));
  ORGANISASJONER.forEach((org, i) => {
    b.rad(overskrift + 1 + i, 0, [
      { verdi: org.nummer, format: FORMAT.tekst },
      tekst(org.navn),
      tekst(org.kundetype),
      ...BEFOLKNINGSAR.map((ar) => ({ verdi: org.innbyggere[ar], format: FORMAT.heltall })),
    ]);
  });
  return b.bygg([10, 30, 18, ...BEFOLKNINGSAR.map(() => 18)], { rader: overskrift + 1, kolonner: 2 });
}
