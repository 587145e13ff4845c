/** Arket Innbyggere: SSBs folkemengde for hver kommune og fylkeskommune 1. januar hvert år som følger med, med kilde og lisens. */
import { BEFOLKNINGSAR, type Befolkningsar, type Kundetype, ORGANISASJONER } from "../core";
import { arkkolonne } from "../ark/adresser";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import { FORMAT } from "../ark/tallformat";

const INNBYGGERARK = "Innbyggere";
/** Overskriftsraden (fra 0); organisasjonene står fra raden under, i kjernens rekkefølge. */
const OVERSKRIFT = 5;

/** Kolonnene i arket Innbyggere for organisasjonene av én kundetype (de står samlet): til nedtrekkslisten og oppslaget. */
export function innbyggeroppslag(kundetype: Kundetype) {
  const indekser = ORGANISASJONER.flatMap((o, i) => (o.kundetype === kundetype ? [i] : []));
  const [fra, til] = [OVERSKRIFT + 1 + indekser[0], OVERSKRIFT + 1 + indekser[indekser.length - 1]];
  const kolonne = (k: number) => arkkolonne(INNBYGGERARK, k, fra, til);
  return { nummer: kolonne(0), navn: kolonne(1), innbyggere: (ar: Befolkningsar) => kolonne(3 + BEFOLKNINGSAR.indexOf(ar)) };
}
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
  const overskrift = OVERSKRIFT;
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
