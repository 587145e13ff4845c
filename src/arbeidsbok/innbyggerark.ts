/**
 * Arket Innbyggere: SSBs folkemengde for hver kommune og fylkeskommune 1. januar hvert år som følger med, og årene i en
 * innlest folketallsfil (filens tall vinner for et år som også følger med), med kilde og lisens.
 */
import { BEFOLKNINGSAR, type Befolkningsar, type Folketall, type Kundetype, medFolketall, ORGANISASJONER } from "../core";
import { arkkolonne, arknavn, abs } from "../ark/adresser";
import { type Ark, Arkbygger, tekst } from "../ark/modell";
import { FORMAT } from "../ark/tallformat";

const INNBYGGERARK = "Innbyggere";
/** Overskriftsraden (fra 0); organisasjonene står fra raden under, i kjernens rekkefølge. */
const OVERSKRIFT = 5;
/** Første årskolonne (D). */
const FORSTE_AR = 3;

/**
 * Årskolonnene i arket, i rekkefølge: årene som følger med, så filens andre år (stigende). De medfølgende årene står
 * alltid i de samme kolonnene, så oppslagene i Kalkulator ikke flytter seg med en fil.
 */
export function innbyggerar(folketall: Folketall | null = null): Befolkningsar[] {
  const ekstra = (folketall?.ar ?? []).filter((a) => !BEFOLKNINGSAR.includes(a)).sort((a, b) => a - b);
  return [...BEFOLKNINGSAR, ...ekstra];
}

/**
 * Kolonnene i arket Innbyggere for organisasjonene av én kundetype (de står samlet): til nedtrekkslisten og oppslaget.
 * `tabell` er alle årskolonnene for de radene (rad = organisasjonen, kolonne = årets plass i `ar`).
 */
export function innbyggeroppslag(kundetype: Kundetype, ar: readonly Befolkningsar[] = BEFOLKNINGSAR) {
  const indekser = ORGANISASJONER.flatMap((o, i) => (o.kundetype === kundetype ? [i] : []));
  const [fra, til] = [OVERSKRIFT + 1 + indekser[0], OVERSKRIFT + 1 + indekser[indekser.length - 1]];
  const kolonne = (k: number) => arkkolonne(INNBYGGERARK, k, fra, til);
  return {
    nummer: kolonne(0),
    navn: kolonne(1),
    innbyggere: (a: Befolkningsar) => kolonne(FORSTE_AR + ar.indexOf(a)),
    tabell: `${arknavn(INNBYGGERARK)}!${abs(fra, FORSTE_AR)}:${abs(til, FORSTE_AR + ar.length - 1)}`,
  };
}
export const SSB_KILDE = "Kilde: Statistisk sentralbyrå (SSB), tabell 07459";
export const SSB_LISENS = "Lisens: Norsk lisens for offentlige data (NLOD 2.0)";

export function innbyggerark(folketall: Folketall | null = null): Ark {
  const b = new Arkbygger(INNBYGGERARK);
  const ar = innbyggerar(folketall);
  b.sett(0, 0, tekst("Innbyggere (folkemengde 1. januar)", "tittel"));
  b.sett(1, 0, tekst(SSB_KILDE + (folketall ? `; årene ${folketall.ar.join(", ")} fra filen ${folketall.fil}` : "")));
  b.sett(2, 0, tekst(SSB_LISENS));
  b.sett(3, 0, tekst(
    "Oslo kommune løser også fylkeskommunens oppgaver og faktureres én gang, som kommune. Prisene for år Y bruker folkemengden 1. januar året før: 2025-prisene 1.1.2024, 2027-prisene 1.1.2026.",
    "forklaring",
  ));
  const overskrift = OVERSKRIFT;
  b.rad(overskrift, 0, ["Nummer", "Navn", "Kundetype", ...ar.map((a) => `Innbyggere 1.1.${a}`)].map((t) => tekst(t, "overskrift")));
  ORGANISASJONER.forEach((org, i) => {
    const tall = medFolketall(org.innbyggere, org.nummer, folketall);
    b.rad(overskrift + 1 + i, 0, [
      { verdi: org.nummer, format: FORMAT.tekst },
      tekst(org.navn),
      tekst(org.kundetype),
      ...ar.map((a) => ({ verdi: tall[a], format: FORMAT.heltall })),
    ]);
  });
  return b.bygg([10, 30, 18, ...ar.map(() => 18)], { rader: overskrift + 1, kolonner: 2 });
}
