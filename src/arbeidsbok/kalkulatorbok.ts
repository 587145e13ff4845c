/**
 * Kalkulatorarbeidsboken for ett scenario: Kalkulator, Prismatrise, SvarUt, Innbyggere og Les meg. Scenariet går
 * gjennom kjernen først (beregnKalkulator), så et ugyldig scenario gir kjernens norske feil, og arbeidsboken får
 * nøyaktig kjernens rader.
 */
import {
  beregnBudsjett, beregnKalkulator, budsjettabellvisning, type Budsjettbefolkning, type Budsjettvalg, type Folketall, ORGANISASJONER, digifinAvgift, type Digifintabell, gjenkjennTjeneste, type Kalkulatorinput,
  KUNDETYPENAVN, type Kvartal, type Medlemskapssatser, type Prismatrise, scenariotjenester, SVARUT, type SvarUtTabell, type SvarUtVolum,
  svarUtVolum, tjenestenokkel, type Tjenestevalg,
} from "../core";
import { budsjettark, type Budsjettarkoppsett, budsjettavsnitt } from "./budsjettark";
import { digifinark, digifinoppslag } from "./digifinark";
import { brukteFunksjoner } from "./funksjoner";
import { innbyggerar, innbyggerark, innbyggeroppslag } from "./innbyggerark";
import { KALKULATORARK, kalkulatorark, kalkulatorlinje } from "./kalkulatorark";
import { AVRUNDINGSAVSNITT, funksjonsavsnitt, kildeavsnitt, lesMegArk, MODELLAVSNITT } from "./lesmeg";
import { ferdigstill } from "../ark/ferdigstill";
import type { Ark, Arbeidsbokplan } from "../ark/modell";
import { matriseoppslag, prismatriseark } from "./prismatriseark";
import { svarUtArk, svarUtOppslag } from "./svarutark";

/** Budsjettseksjonen i scenariet (tolket av kjernens tolkBudsjett) og Digifins tabeller. */
export interface Budsjettbokvalg {
  valg: Budsjettvalg;
  digifin: Digifintabell;
  medlemskap: Medlemskapssatser;
  /**
   * Innbyggertallene planen bygger på, som kjernen får dem (budsjettbefolkning): SSB-tallene etter kalenderen, eller et
   * oppgitt tall for første år. Uten: innbyggertallet i kalkulatoren er oppgitt for første år.
   */
  befolkning?: Budsjettbefolkning;
}

export interface Kalkulatorbokvalg {
  /** «Bodø», eller null for en kunde som bare er gitt ved kundetype og innbyggertall. */
  kundenavn: string | null;
  nummer: string | null;
  /** Hvor innbyggertallet kommer fra, f.eks. «SSB tabell 07459, 1. januar 2024» eller «Oppgitt av brukeren». */
  innbyggerkilde: string;
  input: Kalkulatorinput;
  matrise: Prismatrise;
  /** F.eks. «standard prismatrise 2025» eller «fra filen min-matrise.csv». */
  matrisebeskrivelse: string;
  svarut: SvarUtTabell;
  /** En innlest folketallsfil: årene dens kommer i arket Innbyggere (og er kjente år for budsjettet). */
  folketall?: Folketall | null;
  /** Med budsjett får boken arket Budsjett (og arket Digifin når planen har Digifin-avgifter). */
  budsjett?: Budsjettbokvalg;
}

/** SvarUt-volumene i scenariet (på SvarUt-linjen, brukt eller vurdert); ingen = 0. */
function svarUtVolumIScenariet(input: Kalkulatorinput): SvarUtVolum {
  const valg = [...input.tjenester, ...input.vurder].find(
    (v): v is Tjenestevalg => typeof v !== "string" && tjenestenokkel(v.tjeneste) === tjenestenokkel(SVARUT),
  );
  return svarUtVolum(valg);
}

/**
 * Oppsettet til arket Budsjett. Planen regnes først av kjernen (beregnBudsjett), så et ugyldig budsjett gir kjernens
 * norske feil; linjene er kjernens, i kalkulatorens rekkefølge uten Min kommune, og hver oppstart kobles til sin
 * linje slik kjernen gjør det.
 */
function budsjettoppsett(v: Kalkulatorbokvalg, b: Budsjettbokvalg): Budsjettarkoppsett {
  const { input, matrise } = v;
  const plan = beregnBudsjett(input, b.valg, { matrise, svarut: v.svarut, digifin: b.digifin, medlemskap: b.medlemskap }, b.befolkning);
  const oppstart = new Map<string, Kvartal>(b.valg.oppstart.map((o) => {
    const gjenkjent = gjenkjennTjeneste(matrise, o.tjeneste, o.felt);
    return [tjenestenokkel(gjenkjent.type === "matrise" ? gjenkjent.tjeneste.navn : o.tjeneste), o.kvartal];
  }));
  // Linjenavnene er kjernens visning (budsjettabellvisning), i planens rekkefølge: tjenestene først, så Digifin.
  const navn = budsjettabellvisning(plan).ar[0].linjer.map((l) => l.navn).values();
  const linjer = scenariotjenester(input, matrise).flatMap((l, i): Budsjettarkoppsett["linjer"] => (l.type === "utgatt" ? [] : [{
    tjeneste: l.navn,
    navn: navn.next().value ?? l.navn,
    type: l.type,
    kalkulator: kalkulatorlinje(i, l.type === "tillegg"),
    prisform: l.navn === SVARUT ? "svarut" : input.kundetype === "STATLIG_VIRKSOMHET" ? "fast" : "modell",
    oppstart: oppstart.get(tjenestenokkel(l.navn)) ?? null,
  }]));
  const digifinlinjer = plan.ar[0].linjer.filter((l) => l.type === "digifin");
  return {
    navn: v.kundenavn ?? KUNDETYPENAVN[input.kundetype],
    kundetype: input.kundetype,
    fra: b.valg.fra,
    antallAr: b.valg.ar,
    prisar: matrise.prisar,
    vekstandel: b.valg.befolkningsvekst.div(100).toNumber(),
    justeringsandel: b.valg.prisjustering.div(100).toNumber(),
    linjer,
    befolkning: arkbefolkning(v, b),
    digifin: b.valg.digifin.map((d, i) => ({
      tjeneste: digifinlinjer[i].tjeneste,
      losning: digifinAvgift(b.digifin, b.medlemskap, input.innbyggere, d.losning, input.kundetype, d.medlemskap).losning,
      medlemskap: d.medlemskap,
      kvartal: d.kvartal,
    })),
  };
}

/**
 * SSB-tallene etter kalenderen slår opp organisasjonen i arket Innbyggere, så organisasjonen må stå der og de kjente
 * årene være arkets kolonner: ellers ville arket regne med andre tall enn kjernen (en programfeil, ikke brukerens).
 */
function arkbefolkning(v: Kalkulatorbokvalg, b: Budsjettbokvalg): Budsjettarkoppsett["befolkning"] {
  const grunnlag = b.befolkning?.grunnlag;
  if (grunnlag?.type !== "kjent") return { type: "oppgitt" };
  const org = ORGANISASJONER.find((o) => o.nummer === v.nummer && o.navn === v.kundenavn);
  const ar = innbyggerar(v.folketall ?? null);
  const kjente = Object.keys(grunnlag.tall).map(Number).sort((x, y) => x - y);
  if (!org || kjente.join() !== [...ar].sort((x, y) => x - y).join()) {
    throw new Error(`Budsjettets SSB-tall (år ${kjente.join(", ")}) passer ikke arket Innbyggere (år ${ar.join(", ")}) for ${v.kundenavn ?? "kunden"}.`);
  }
  return { type: "kjent", ar, navn: org.navn };
}

export function lagKalkulatorbok(v: Kalkulatorbokvalg): Arbeidsbokplan {
  const resultat = beregnKalkulator(v.input, v.matrise, v.svarut);
  const budsjett = v.budsjett ? budsjettoppsett(v, v.budsjett) : null;
  const matrise = matriseoppslag(v.matrise);
  const svarut = svarUtOppslag(v.svarut);
  const kalkulator = kalkulatorark({
    kundenavn: v.kundenavn,
    nummer: v.nummer,
    kundetype: v.input.kundetype,
    innbyggere: v.input.innbyggere,
    innbyggerkilde: v.innbyggerkilde,
    volum: svarUtVolumIScenariet(v.input),
    rader: resultat.rader,
  }, matrise, svarut, v.matrisebeskrivelse);
  const digifintabeller = budsjett && budsjett.digifin.length > 0 ? v.budsjett! : null;
  const medDigifin = digifintabeller !== null;
  const digifin = digifintabeller && digifinoppslag(digifintabeller.digifin, digifintabeller.medlemskap);
  const ark: Ark[] = [
    kalkulator,
    ...(budsjett ? [budsjettark(budsjett, {
      referanse: matrise.referanse, svarut, digifin,
      innbyggere: budsjett.befolkning.type === "kjent" ? innbyggeroppslag(v.input.kundetype, budsjett.befolkning.ar) : null,
    })] : []),
    prismatriseark(v.matrise, v.matrisebeskrivelse),
    svarUtArk(v.svarut),
    ...(digifintabeller ? [digifinark(digifintabeller.digifin, digifintabeller.medlemskap)] : []),
    innbyggerark(v.folketall ?? null),
  ];
  const lesMeg = lesMegArk(
    budsjett ? "Les meg – priskalkulator og budsjett uten tillegg" : "Les meg – priskalkulator uten tillegg",
    `Arket ${KALKULATORARK} sammenligner det organisasjonen betaler i dag med nye priser fra 2025, som i KS' priskalkulator.`,
    [
      ["Hva du kan endre", [
        `${KALKULATORARK}: de gule cellene – innbyggere, SvarUt-volumer og eksisterende priser (det dere betaler i dag, fra fjorårets fakturaer).`,
        "Prismatrise: fastpris, innbyggerpris, størrelsesjustering og referanseinnbyggertall. NA betyr at tjenesten ikke tilbys kundetypen.",
        "SvarUt: fastpris og transaksjonspriser per kundetype.",
        "Kundetypen og hvilke tjenester som er med, ligger fast. Lag en ny arbeidsbok for å endre dem: «Last ned arbeidsbok» i KS-tillegget, eller «fikspris arbeidsbok».",
      ]],
      ...(budsjett ? [budsjettavsnitt(medDigifin, budsjett.befolkning.type === "kjent")] : []),
      MODELLAVSNITT,
      AVRUNDINGSAVSNITT,
      kildeavsnitt(v.matrisebeskrivelse),
      funksjonsavsnitt(brukteFunksjoner({ tittel: "", ark })),
    ],
  );
  return ferdigstill({ tittel: `KS priskalkulator – ${v.kundenavn ?? "egendefinert kunde"}`, ark: [...ark, lesMeg] });
}
