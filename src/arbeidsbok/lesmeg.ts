/** Arket «Les meg»: hva som kan endres, hvor tallene kommer fra, modellformelen, avrundingen og «na.». */
import { NORSKE_NAVN, type TILLATTE_FUNKSJONER } from "./funksjoner";
import { SSB_KILDE, SSB_LISENS } from "./innbyggerark";
import { type Ark, Arkbygger, tekst } from "../ark/modell";

const LESMEGARK = "Les meg";

/** Ett avsnitt: en overskrift og linjene under. */
export type Avsnitt = [overskrift: string, linjer: string[]];

export const MODELLAVSNITT: Avsnitt = ["Prismodellen", [
  "Pris = fastpris + innbyggerpris × innbyggere × (1 − størrelsesjustering × innbyggere / referanseinnbyggertall).",
  "Størrelsesfaktoren (parentesen) gjør at prisen per innbygger faller når kunden blir større. Statlige virksomheter betaler fastprisen i kolonnen «Fastpris statlige».",
  "SvarUt: pris = fastpris + Altinn-transaksjoner × pris + forsendelser × pris + SvarInn × pris.",
  "Grunnfinansiering betales av alle kommuner og fylkeskommuner. Min kommune har ingen egen pris fra 2025: den inngår i grunnfinansieringen.",
]];

export const AVRUNDINGSAVSNITT: Avsnitt = ["Avrunding og «na.»", [
  "Hver linje avrundes halvt opp til hele kroner (0,5 → 1) med AVRUND(AVRUND(pris; 6); 0). Den indre avrundingen fjerner regnearkets " +
    "flyttallsstøy, slik at en pris på nøyaktig x,5 kroner alltid rundes opp, akkurat som i KS-tillegget og kommandolinjen.",
  "Summene er summer av de avrundede linjene.",
  "«na.» betyr at tallet ikke kan beregnes: eksisterende pris mangler (eller er 0), eller linjen har ingen ny pris. Kolonnen Merknad sier hvorfor.",
]];

export function kildeavsnitt(matrisebeskrivelse: string): Avsnitt {
  return ["Hvor tallene kommer fra", [
    `Prismatrisen: ${matrisebeskrivelse}. SvarUt-prisene: KS DIFs priser for 2025.`,
    `Innbyggere: folkemengde 1. januar. ${SSB_KILDE}. ${SSB_LISENS}.`,
  ]];
}

export function funksjonsavsnitt(funksjoner: readonly string[]): Avsnitt {
  const navn = funksjoner.map((f) => `${f} (${NORSKE_NAVN[f as (typeof TILLATTE_FUNKSJONER)[number]] ?? f})`);
  return ["Formlene", [
    "Arbeidsboken virker uten KS-tillegget, uten makroer og uten eksterne koblinger, i Excel 2016 og nyere, Excel på nettet, LibreOffice Calc og Google Regneark.",
    `Den bruker bare disse funksjonene (norsk Excel-navn i parentes): ${navn.join(", ")}.`,
  ]];
}

export function lesMegArk(tittel: string, innledning: string, avsnitt: readonly Avsnitt[]): Ark {
  const b = new Arkbygger(LESMEGARK);
  b.sett(0, 0, tekst(tittel, "tittel"));
  b.sett(1, 0, tekst(innledning));
  let r = 3;
  for (const [overskrift, linjer] of avsnitt) {
    b.sett(r++, 0, tekst(overskrift, "overskrift"));
    for (const linje of linjer) b.sett(r++, 0, tekst(linje));
    r++;
  }
  // 80 tegn fyller en stående A4-side med standardmargene; 100 ble klippet i utskriften (ett kolonnebredt ark krympes
  // ikke av «tilpass til bredden» i LibreOffice).
  return b.bygg([80]);
}
