import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { avrundetModellpris } from "../okonomi/raskpris";
import { tjenesteplan } from "./tjenesteplan";
import { alleKunder, type Kunde } from "../okonomi/kundeliste";
import { KUNDETYPENAVN, KUNDETYPER, type Kundetype } from "./kundetype";
import type { Matrisekundetype, Prismatrise } from "./prismatrise";
import { norskProsent, norskTall } from "../visning/tallformat";

export type Advarselstype =
  /** Prisen på en tjeneste faller når innbyggertallet vokser, innenfor kundenes faktiske innbyggertall. */
  | "fallende_pris"
  /** Kunder av en kundetype, men ingen pris for dem (i det hele tatt, for en oppført tjeneste eller for grunnfinansiering). */
  | "mangler_pris"
  /** En kunde som er større enn referanseinnbyggertallet for kundetypen sin. */
  | "referanse_for_liten";

export interface Matriseadvarsel {
  type: Advarselstype;
  /** null: gjelder hele matrisen (f.eks. ingen pris i det hele tatt for kundetypen). */
  tjeneste: string | null;
  kundetype: Kundetype;
  /** Norsk, hele setninger som nevner tjeneste, kundetype og kundene det gjelder. */
  melding: string;
  /** Kundene det gjelder, ved navn. */
  kunder: string[];
  /** Matrisecellen advarselen gjelder (størrelsesjusteringen til en fallende pris), regnet fra matriseområdet. */
  celle: string | null;
}

const MATRISETYPER: readonly Matrisekundetype[] = ["KOMMUNE", "FYLKESKOMMUNE"];

function flertall(kundetype: Kundetype): string {
  return kundetype === "KOMMUNE" ? "kommuner" : kundetype === "FYLKESKOMMUNE" ? "fylkeskommuner" : `kunder av typen ${KUNDETYPENAVN[kundetype].toLowerCase()}`;
}

function innb(p: number): string {
  return `${norskTall(new Decimal(p))} innb.`;
}

/**
 * DE ENESTE advarslene om en matrise (kommandolinjen, Prismatrise-fanen og hva-om-panelet viser alle disse).
 * Kontrollerer en matrise mot kundene den skal brukes for — som standard hver kommune og fylkeskommune med
 * innbyggertallet i standardåret — og kaster aldri på grunn av innholdet i matrisen:
 *
 * - `fallende_pris`: for hver tjeneste og kundetype, kundene som bruker den, sortert etter innbyggertall; en kunde
 *   med lavere pris (avrundet til hele kroner, som fakturert) enn en mindre kunde rapporteres sammen med den mindre
 *   kunden som betaler mest. Modellens innbyggerledd har toppunkt ved Pref/(2a), så dette skjer når a > 50 % og
 *   kunder ligger forbi toppunktet (grunnfinansiering for fylkeskommuner, a = 60 %).
 * - `mangler_pris`: en kundetype med kunder, men ingen pris for noen tjeneste; en tjeneste en kunde fører opp som
 *   matrisen ikke priser for kundetypen; grunnfinansiering som ikke er priset for en kommune/fylkeskommune.
 * - `referanse_for_liten`: Pref for en kundetype er mindre enn dens største kunde (da kan størrelsesfaktoren nå 0).
 */
export function matriseadvarsler(matrise: Prismatrise, kunder: readonly Kunde[] = alleKunder()): Matriseadvarsel[] {
  const advarsler: Matriseadvarsel[] = [];
  const planer = kunder.map((k) => tjenesteplan(k, matrise));

  for (const kundetype of MATRISETYPER) {
    const egne = kunder.filter((k) => k.kundetype === kundetype);
    const pref = matrise.referanse[kundetype];
    const storre = egne.filter((k) => k.innbyggere > pref).sort((x, y) => y.innbyggere - x.innbyggere);
    if (storre.length > 0) {
      advarsler.push({
        type: "referanse_for_liten",
        tjeneste: null,
        kundetype,
        melding: `Referanseinnbyggertallet for ${flertall(kundetype)} (${norskTall(new Decimal(pref))}) er mindre enn den største kunden: ${storre.map((k) => `${k.navn} (${innb(k.innbyggere)})`).join(", ")}. Referansen skal være den største kunden; oppdater raden «Referanseinnbyggertall».`,
        kunder: storre.map((k) => k.navn),
        celle: null,
      });
    }
  }

  matrise.tjenester.forEach((t, s) => {
    for (const kundetype of MATRISETYPER) {
      const ledd = kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
      if (!ledd || ledd.innbyggerpris.isZero() || ledd.justering.isZero()) continue;
      const pref = matrise.referanse[kundetype];
      const brukere = kunder
        .filter((k, i) => k.kundetype === kundetype && planer[i].matrise.includes(s))
        .sort((x, y) => x.innbyggere - y.innbyggere);
      const funn: string[] = [];
      const navn: string[] = [];
      const sett: { kunde: Kunde; pris: Decimal }[] = [];
      let hoyeste: Decimal | null = null;
      for (const kunde of brukere) {
        let pris: Decimal;
        try {
          pris = new Decimal(avrundetModellpris(ledd, kunde.innbyggere, pref));
        } catch (feil) {
          if (feil instanceof PrisFeil) continue; // faktor ≤ 0: rapporteres som referanse_for_liten
          throw feil;
        }
        if (hoyeste && pris.lt(hoyeste)) {
          const dyrere = sett.filter((x) => x.pris.gt(pris) && x.kunde.innbyggere < kunde.innbyggere).sort((x, y) => y.pris.cmp(x.pris));
          const liste = dyrere.slice(0, 5).map((x) => `${x.kunde.navn} (${innb(x.kunde.innbyggere)}, ${norskTall(x.pris)} kr)`).join(", ");
          const flere = dyrere.length > 5 ? ` og ${dyrere.length - 5} til` : "";
          funn.push(`${kunde.navn} (${innb(kunde.innbyggere)}) betaler ${norskTall(pris)} kr, ${norskTall(dyrere[0].pris.minus(pris))} kr mindre enn ${liste}${flere}`);
          navn.push(kunde.navn);
        }
        sett.push({ kunde, pris });
        if (!hoyeste || pris.gt(hoyeste)) hoyeste = pris;
      }
      if (funn.length === 0) continue;
      const topp = new Decimal(pref).div(ledd.justering.times(2)).floor();
      advarsler.push({
        type: "fallende_pris",
        tjeneste: t.navn,
        kundetype,
        celle: matrise.justeringsceller.get(ledd) ?? null,
        melding: `${t.navn} for ${flertall(kundetype)}: prisen faller når innbyggertallet vokser. Med størrelsesjustering ${norskProsent(ledd.justering)} og referanse ${norskTall(new Decimal(pref))} er prisen høyest ved ${norskTall(topp)} innbyggere. ${funn.join("; ")}.`,
        kunder: navn,
      });
    }
  });

  for (const kundetype of KUNDETYPER) {
    const indekser = kunder.map((k, i) => (k.kundetype === kundetype ? i : -1)).filter((i) => i >= 0);
    if (indekser.length === 0) continue;
    const ingenPris = indekser.every((i) => planer[i].matrise.length === 0 && !planer[i].svarut);
    const prisesAldri = matrise.tjenester.every((_, s) => !kunder.some((k, i) => k.kundetype === kundetype && planer[i].matrise.includes(s)));
    if (ingenPris && prisesAldri) {
      advarsler.push({
        type: "mangler_pris",
        tjeneste: null,
        kundetype,
        celle: null,
        melding: `${indekser.length} ${indekser.length === 1 ? "kunde" : "kunder"} av typen ${KUNDETYPENAVN[kundetype].toLowerCase().replace("(iks)", "(IKS)")} (${kundetype}), men prismatrisen gir dem ingen pris: ny pris blir 0 kr.`,
        kunder: indekser.map((i) => kunder[i].navn),
      });
    }
    const perTjeneste = new Map<string, { melding: string; kunder: string[] }>();
    for (const i of indekser) {
      for (const m of planer[i].ikkePriset) {
        const rad = perTjeneste.get(m.tjeneste) ?? { melding: m.melding, kunder: [] };
        rad.kunder.push(kunder[i].navn);
        perTjeneste.set(m.tjeneste, rad);
      }
    }
    for (const [tjeneste, rad] of perTjeneste) {
      advarsler.push({
        type: "mangler_pris",
        tjeneste,
        kundetype,
        celle: null,
        melding: `${rad.melding} Gjelder ${rad.kunder.length} ${rad.kunder.length === 1 ? "kunde" : "kunder"}: ${rad.kunder.slice(0, 5).join(", ")}${rad.kunder.length > 5 ? ` og ${rad.kunder.length - 5} til` : ""}.`,
        kunder: rad.kunder,
      });
    }
  }
  return advarsler;
}
