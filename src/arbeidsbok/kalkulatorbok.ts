/**
 * Kalkulatorarbeidsboken for ett scenario: Kalkulator, Prismatrise, SvarUt, Innbyggere og Les meg. Scenariet går
 * gjennom kjernen først (beregnKalkulator), så et ugyldig scenario gir kjernens norske feil, og arbeidsboken får
 * nøyaktig kjernens rader.
 */
import {
  beregnKalkulator, type Kalkulatorinput, type Prismatrise, SVARUT, type SvarUtTabell, type SvarUtVolum, tjenestenokkel,
  type Tjenestevalg, tolkVolum,
} from "../core";
import { brukteFunksjoner } from "./funksjoner";
import { innbyggerark } from "./innbyggerark";
import { KALKULATORARK, kalkulatorark } from "./kalkulatorark";
import { AVRUNDINGSAVSNITT, funksjonsavsnitt, kildeavsnitt, lesMegArk, MODELLAVSNITT } from "./lesmeg";
import type { Arbeidsbokplan } from "./plan";
import { matriseoppslag, prismatriseark } from "./prismatriseark";
import { svarUtArk, svarUtOppslag } from "./svarutark";

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
}

/** SvarUt-volumene i scenariet (på SvarUt-linjen, brukt eller vurdert); ingen = 0. */
function svarUtVolum(input: Kalkulatorinput): SvarUtVolum {
  const valg = [...input.tjenester, ...input.vurder].find(
    (v): v is Tjenestevalg => typeof v !== "string" && tjenestenokkel(v.tjeneste) === tjenestenokkel(SVARUT),
  );
  return {
    altinn: tolkVolum(valg?.altinn, "altinn"),
    forsendelser: tolkVolum(valg?.forsendelser, "forsendelser"),
    svarinn: tolkVolum(valg?.svarinn, "svarinn"),
  };
}

export function lagKalkulatorbok(v: Kalkulatorbokvalg): Arbeidsbokplan {
  const resultat = beregnKalkulator(v.input, v.matrise, v.svarut);
  const kalkulator = kalkulatorark({
    kundenavn: v.kundenavn,
    nummer: v.nummer,
    kundetype: v.input.kundetype,
    innbyggere: v.input.innbyggere,
    innbyggerkilde: v.innbyggerkilde,
    volum: svarUtVolum(v.input),
    rader: resultat.rader,
  }, matriseoppslag(v.matrise), svarUtOppslag(v.svarut), v.matrisebeskrivelse);
  const ark = [kalkulator, prismatriseark(v.matrise, v.matrisebeskrivelse), svarUtArk(v.svarut), innbyggerark()];
  const lesMeg = lesMegArk(
    "Les meg – priskalkulator uten tillegg",
    `Arket ${KALKULATORARK} sammenligner det organisasjonen betaler i dag med nye priser fra 2025, som i KS' priskalkulator.`,
    [
      ["Hva du kan endre", [
        `${KALKULATORARK}: de gule cellene – innbyggere, SvarUt-volumer og eksisterende priser (det dere betaler i dag, fra fjorårets fakturaer).`,
        "Prismatrise: fastpris, innbyggerpris, størrelsesjustering og referanseinnbyggertall. NA betyr at tjenesten ikke tilbys kundetypen.",
        "SvarUt: fastpris og transaksjonspriser per kundetype.",
        "Kundetypen og hvilke tjenester som er med, ligger fast. Lag en ny arbeidsbok for å endre dem: «Last ned arbeidsbok» i KS-tillegget, eller «fikspris arbeidsbok».",
      ]],
      MODELLAVSNITT,
      AVRUNDINGSAVSNITT,
      kildeavsnitt(v.matrisebeskrivelse),
      funksjonsavsnitt(brukteFunksjoner({ tittel: "", ark })),
    ],
  );
  return { tittel: `KS priskalkulator – ${v.kundenavn ?? "egendefinert kunde"}`, ark: [...ark, lesMeg] };
}
