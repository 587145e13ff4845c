import { rundHalvOpp } from "./avrunding";
import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import { storrelsesjustering, tjenestepris } from "./innbyggerpris";
import { KUNDETYPENAVN, type Kundetype } from "./kundetype";
import { type Tallkrav, TALLKRAV, lesPakrevdArgumenttall } from "./tallkrav";
import type { Matrisekundetype, Matrisetjeneste, Prisledd, Prismatrise } from "./prismatrise";
import { norskTall } from "./tallformat";
import { finnMatrisetjeneste } from "./tjenester";

/** One paying customer of a service: what calibration and revenue need to know. */
export interface Betaler {
  kundetype: Kundetype;
  innbyggere: number;
  /** Shown in front of an error about this customer, e.g. "Celle A3" or "Bodø". */
  etikett?: string;
}

/** What a service raises from a set of customers. */
export interface Inntekt {
  tjeneste: string;
  antall: number;
  /** Σ exact (unrounded) prices: the revenue calibration makes equal to the cost. */
  eksakt: Decimal;
  /** Σ prices rounded half-up to whole kroner, as invoiced (differs from `eksakt` by at most 0,50 kr per customer). */
  avrundet: Decimal;
}

/** The result of a calibration: the innbyggerpris that covers `kostnad`, and its check. */
export interface Kalibrering {
  tjeneste: string;
  kundetype: Matrisekundetype;
  kostnad: Decimal;
  /** r = (kostnad − andreKunder − fastprisdel) / grunnlag, exact to 50 significant digits (not rounded). */
  innbyggerpris: Decimal;
  /** Customers of `kundetype` that pay r. */
  antall: number;
  /** Σ fastpris of those customers. */
  fastprisdel: Decimal;
  /** Σ P·(1 − a·P/Pref) over those customers. */
  grunnlag: Decimal;
  /** Exact revenue from the other customers of the service (other kundetyper, fixed prices), unchanged. */
  andreKunder: Decimal;
  /** Revenue with the calibrated price: `eksakt` equals `kostnad` to the øre; `avrundet` is what would be invoiced. */
  inntekt: Inntekt;
  /** The matrix with the calibrated innbyggerpris (other parameters unchanged). */
  matrise: Prismatrise;
}

function finn(matrise: Prismatrise, tjeneste: unknown): Matrisetjeneste {
  if (typeof tjeneste === "object" && tjeneste !== null && matrise.tjenester.includes(tjeneste as Matrisetjeneste)) {
    return tjeneste as Matrisetjeneste;
  }
  return finnMatrisetjeneste(matrise, tjeneste);
}

/**
 * "What does this matrix raise": the revenue of one service from the given customers, exact and as invoiced
 * (each line rounded half-up to whole kroner). An error for one customer is prefixed with its etikett.
 */
export function tjenesteinntekt(matrise: Prismatrise, tjeneste: unknown, betalere: readonly Betaler[]): Inntekt {
  const t = finn(matrise, tjeneste);
  let eksakt = new Decimal(0);
  let avrundet = new Decimal(0);
  for (const b of betalere) {
    let pris: Decimal;
    try {
      pris = tjenestepris(matrise, t, b.innbyggere, b.kundetype);
    } catch (feil) {
      if (feil instanceof PrisFeil && b.etikett) throw new PrisFeil(`${b.etikett}: ${feil.message}`, feil.type);
      throw feil;
    }
    eksakt = eksakt.plus(pris);
    avrundet = avrundet.plus(rundHalvOpp(pris));
  }
  return { tjeneste: t.navn, antall: betalere.length, eksakt, avrundet };
}

/** A copy of the matrix with one kundetype's price terms of one service replaced (other services shared). */
export function medPrisledd(matrise: Prismatrise, tjeneste: Matrisetjeneste, kundetype: Matrisekundetype, ledd: Prisledd): Prismatrise {
  const ny: Matrisetjeneste = kundetype === "KOMMUNE" ? { ...tjeneste, kommune: ledd } : { ...tjeneste, fylkeskommune: ledd };
  return { ...matrise, tjenester: matrise.tjenester.map((t) => (t === tjeneste ? ny : t)) };
}

/** Reads an amount in kroner (number, Decimal or Norwegian text such as "1 250 000"); `krav` sets the bounds. */
export function tolkBelop(verdi: unknown, argument: string, krav: Tallkrav = TALLKRAV.kostnad): Decimal {
  return lesPakrevdArgumenttall(verdi, krav, argument);
}

/**
 * Calibration (prismodell.md): the innbyggerpris r for `kundetype` that makes the service's revenue from
 * `betalere` equal `kostnad`, with fastpris and størrelsesjustering fixed:
 *
 *     Σ_andre pris_j + Σ_i fastpris + r · Σ_i P_i · (1 − a · P_i / Pref) = kostnad
 *
 * where i runs over the customers of `kundetype` and j over the others (other kundetyper pay their matrix price,
 * unchanged). Decision: revenue here is the EXACT sum of unrounded prices, so the calibrated r makes revenue equal
 * the cost to the øre (r itself is exact to 50 significant digits); the invoiced revenue (rounded lines) is reported
 * next to it and differs by at most 0,50 kr per customer.
 * Errors: the kundetype has no per-capita price (NA), none of the customers is of that kundetype, all of them have
 * 0 innbyggere, or the cost is below what the fixed parts already raise (r would be negative).
 */
export function selvkostpris(
  matrise: Prismatrise,
  tjeneste: unknown,
  kostnad: unknown,
  betalere: readonly Betaler[],
  kundetype: Matrisekundetype = "KOMMUNE",
): Kalibrering {
  const t = finn(matrise, tjeneste);
  const C = tolkBelop(kostnad, "kostnad");
  const ledd = kundetype === "KOMMUNE" ? t.kommune : t.fylkeskommune;
  const hvem = KUNDETYPENAVN[kundetype].toLowerCase();
  if (!ledd) {
    throw new PrisFeil(`${t.navn} har ingen innbyggerpris for kundetypen ${hvem} (${kundetype}) i prismatrisen: den kan ikke kalibreres.`, "ikke_funnet");
  }
  const egne = betalere.filter((b) => b.kundetype === kundetype);
  if (egne.length === 0) {
    throw new PrisFeil(`Ingen av kundene som bruker ${t.navn} er av kundetypen ${hvem} (${kundetype}): det finnes ingen innbyggerpris å kalibrere.`, "ikke_funnet");
  }
  const pref = matrise.referanse[kundetype];
  const grunnlag = egne.reduce((s, b) => s.plus(storrelsesjustering(b.innbyggere, ledd.justering, pref).times(b.innbyggere)), new Decimal(0));
  if (grunnlag.isZero()) {
    throw new PrisFeil(`Kundene av typen ${hvem} som bruker ${t.navn} har til sammen 0 innbyggere: innbyggerprisen kan ikke bestemmes.`);
  }
  const andreKunder = tjenesteinntekt(matrise, t, betalere.filter((b) => b.kundetype !== kundetype)).eksakt;
  const fastprisdel = ledd.fastpris.times(egne.length);
  const rest = C.minus(andreKunder).minus(fastprisdel);
  if (rest.isNegative()) {
    throw new PrisFeil(
      `Kostnaden ${norskTall(C)} kr er lavere enn det fastprisene${andreKunder.isZero() ? "" : " og de andre kundetypene"} alene gir (${norskTall(rundHalvOpp(andreKunder.plus(fastprisdel), 2))} kr): innbyggerprisen måtte blitt negativ.`,
    );
  }
  const innbyggerpris = rest.div(grunnlag);
  const kalibrert = medPrisledd(matrise, t, kundetype, { ...ledd, innbyggerpris });
  const inntekt = tjenesteinntekt(kalibrert, kalibrert.tjenester[matrise.tjenester.indexOf(t)], betalere);
  return { tjeneste: t.navn, kundetype, kostnad: C, innbyggerpris, antall: egne.length, fastprisdel, grunnlag, andreKunder, inntekt, matrise: kalibrert };
}
