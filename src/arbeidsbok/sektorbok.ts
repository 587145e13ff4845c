/**
 * Sektorarbeidsboken: hver kommune og fylkeskommune (kjernens 371 kunder: Oslo én gang, som KOMMUNE; 14
 * fylkeskommuner) × hver tjeneste i matrisen som vanlige formler fra arket Prismatrise, og båndtabellene per
 * kundetype. «Pris i dag» er hver kundes totalpris med den publiserte 2025-matrisen og de samme innbyggertallene
 * (regnet av kjernen), så fordelingen viser hva økonomens endringer i matrisen gjør; kolonnen er inndata, og
 * fakturerte beløp kan limes inn over den.
 */
import {
  alleKunder, type Bandsett, type Befolkningsar, type Folketall, KUNDETYPER, lagSektor, type Prismatrise, STANDARD_KRONEBAND, STANDARD_PRISMATRISE,
  STANDARD_PROSENTBAND,
} from "../core";
import { FORDELINGSARK, fordelingsark } from "./fordelingsark";
import { brukteFunksjoner } from "./funksjoner";
import { innbyggerark } from "./innbyggerark";
import { KUNDEARK, kundeark, kundeoppslag } from "./kundeark";
import { AVRUNDINGSAVSNITT, funksjonsavsnitt, kildeavsnitt, lesMegArk, MODELLAVSNITT } from "./lesmeg";
import { ferdigstill } from "../ark/ferdigstill";
import type { Arbeidsbokplan } from "../ark/modell";
import { matriseoppslag, PRISMATRISEARK, prismatriseark } from "./prismatriseark";

export interface Sektorbokvalg {
  matrise: Prismatrise;
  /** F.eks. «standard prismatrise 2025» eller «fra filen min-matrise.csv». */
  matrisebeskrivelse: string;
  ar: Befolkningsar;
  /** En folketallsfil (--innbyggerfil): kundenes tall for filens år. */
  folketall?: Folketall | null;
  prosentband?: Bandsett;
  kroneband?: Bandsett;
}

export function lagSektorbok(v: Sektorbokvalg): Arbeidsbokplan {
  const kunder = alleKunder(v.ar, v.folketall ?? null);
  // Hver linje må kunne prises med matrisen (ellers kjernens feil, som navngir kunden).
  lagSektor(kunder, v.matrise);
  const prisIDag = lagSektor(kunder, STANDARD_PRISMATRISE).kunderesultater().map((k) => k.ny);
  const kundeoppsett = { kunder, matrise: v.matrise, prisIDag };
  const kundetyper = KUNDETYPER.filter((k) => kunder.some((x) => x.kundetype === k));
  const ark = [
    kundeark(kundeoppsett, matriseoppslag(v.matrise)),
    fordelingsark({ prosentband: v.prosentband ?? STANDARD_PROSENTBAND, kroneband: v.kroneband ?? STANDARD_KRONEBAND, kundetyper }, kundeoppslag(kundeoppsett)),
    prismatriseark(v.matrise, v.matrisebeskrivelse),
    innbyggerark(),
  ];
  const lesMeg = lesMegArk(
    "Les meg – sektoren: alle kommuner og fylkeskommuner",
    `Arket ${KUNDEARK} priser ${kunder.length} kunder (befolkning 1. januar ${v.ar}${v.folketall?.tall.has(v.ar) ? ` fra filen ${v.folketall.fil}` : ""}) med prismatrisen i arket ${PRISMATRISEARK}; ` +
      `arket ${FORDELINGSARK} viser fordelingen av prisendringen per kundetype.`,
    [
      ["Hva du kan endre", [
        `${PRISMATRISEARK}: fastpris, innbyggerpris, størrelsesjustering og referanseinnbyggertall. Alle priser i ${KUNDEARK} og båndene i ${FORDELINGSARK} følger med.`,
        `${KUNDEARK}: innbyggertallene og «Pris i dag» (gule celler).`,
        `${FORDELINGSARK}: bandgrensene i prosent og kroner (gule celler).`,
      ]],
      ["Tjenestene og «Pris i dag»", [
        "Hver kunde betaler grunnfinansiering og alle tjenestene prismatrisen priser for kundetypen, som «alle» i «fikspris effekt». " +
          "En tom pris betyr at tjenesten ikke tilbys kundetypen (NA). SvarUt er ikke med: prisen avhenger av kundens volumer.",
        `«Pris i dag» er kundens totalpris med standard prismatrise 2025 og de samme innbyggertallene, regnet ut av KS prisverktøy. ` +
          "Fordelingen viser derfor hva endringene dine i prismatrisen gjør. Lim inn fakturerte beløp hvis du vil måle mot dem.",
        "Oslo kommune løser også fylkeskommunens oppgaver og er med én gang, som kommune.",
      ]],
      MODELLAVSNITT,
      AVRUNDINGSAVSNITT,
      kildeavsnitt(v.matrisebeskrivelse),
      funksjonsavsnitt(brukteFunksjoner({ tittel: "", ark })),
    ],
  );
  return ferdigstill({ tittel: "KS prisverktøy – alle kommuner og fylkeskommuner", ark: [...ark, lesMeg] });
}
