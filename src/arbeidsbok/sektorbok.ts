/**
 * The sector workbook: every kommune and fylkeskommune (the core's 371 customers: Oslo once, as KOMMUNE; 14
 * fylkeskommuner) × every matrix service as native formulas from the Prismatrise sheet, and the band tables per
 * kundetype. "Pris i dag" is each customer's total under the published 2025 matrix with the same populations (the
 * core computes it), so the distribution shows what the economist's edits to the matrix do; it is an input column,
 * and invoiced amounts can be pasted over it.
 */
import {
  alleKunder, type Bandsett, type Befolkningsar, KUNDETYPER, lagSektor, type Prismatrise, STANDARD_KRONEBAND, STANDARD_PRISMATRISE,
  STANDARD_PROSENTBAND,
} from "../core";
import { FORDELINGSARK, fordelingsark } from "./fordelingsark";
import { brukteFunksjoner } from "./funksjoner";
import { innbyggerark } from "./innbyggerark";
import { KUNDEARK, kundeark, kundeoppslag } from "./kundeark";
import { AVRUNDINGSAVSNITT, funksjonsavsnitt, kildeavsnitt, lesMegArk, MODELLAVSNITT } from "./lesmeg";
import type { Arbeidsbokplan } from "./plan";
import { matriseoppslag, PRISMATRISEARK, prismatriseark } from "./prismatriseark";

export interface Sektorbokvalg {
  matrise: Prismatrise;
  /** E.g. "standard prismatrise 2025" or "fra filen min-matrise.csv". */
  matrisebeskrivelse: string;
  ar: Befolkningsar;
  prosentband?: Bandsett;
  kroneband?: Bandsett;
}

export function lagSektorbok(v: Sektorbokvalg): Arbeidsbokplan {
  const kunder = alleKunder(v.ar);
  // Every line must be priceable under the matrix (else the core's error, naming the customer).
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
    `Arket ${KUNDEARK} priser ${kunder.length} kunder (befolkning 1. januar ${v.ar}) med prismatrisen i arket ${PRISMATRISEARK}; ` +
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
  return { tittel: "KS prisverktøy – alle kommuner og fylkeskommuner", ark: [...ark, lesMeg] };
}
