import { rundHalvOpp } from "./avrunding";
import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import type { Kundetype } from "./kundetype";
import type { Prismatrise } from "./prismatrise";
import { prisendring } from "./prisendring";
import { fiksPrisTall } from "./raskpris";
import { type Scenariotjeneste, scenariotjenester } from "./scenariotjenester";
import { type SvarUtTabell, svarUtPris, tolkVolum } from "./svarut";
import { lesTall, TALLKRAV } from "./tallkrav";

export interface Tjenestevalg {
  tjeneste: string;
  /** Today's annual price (from last year's invoices); null/undefined = not given. */
  eksisterende?: number | null;
  /** SvarUt volumes per year. */
  altinn?: number | null;
  forsendelser?: number | null;
  svarinn?: number | null;
}

export interface Kalkulatorinput {
  kundetype: Kundetype;
  innbyggere: number;
  /** Services used today. */
  tjenester: Tjenestevalg[];
  /** Services not used today, to consider ("tillegg"). */
  vurder: (string | Tjenestevalg)[];
}

export type Radtype = "grunnfinansiering" | "tjeneste" | "utgatt" | "tillegg";

/** One line of the calculator; null = "na." or empty. Amounts are whole kroner (rounded half-up). */
export interface Kalkulatorrad {
  tjeneste: string;
  type: Radtype;
  eksisterende: Decimal | null;
  ny: Decimal | null;
  /** In percent, unrounded. */
  endringProsent: Decimal | null;
  endringKr: Decimal | null;
  tillegg: Decimal | null;
  totalNy: Decimal | null;
}

export type Kalkulatorsum = Omit<Kalkulatorrad, "tjeneste" | "type">;

export interface Kalkulatorresultat {
  rader: Kalkulatorrad[];
  sum: Kalkulatorsum;
}

/**
 * The KS price calculator (prismodell.md, "The price calculator"). Rules decided where the text is silent:
 * - grunnfinansiering is added first for KOMMUNE and FYLKESKOMMUNE unless the user lists it (with an existing price);
 * - a used service without an existing price shows "na." in both change columns (only grunnfinansiering,
 *   which is new for everyone, counts its full amount as the change in kroner);
 * - Min kommune (retired) keeps its existing price, has no new price, and both change columns are "na.";
 * - services to consider show only "tillegg" and "total ny"; their change columns are empty;
 * - the total row: sums of the rounded lines; % and kr change from total new vs total existing;
 * - a service listed twice, or both used and considered, is an error.
 */
export function beregnKalkulator(input: Kalkulatorinput, matrise: Prismatrise, svarut: SvarUtTabell): Kalkulatorresultat {
  const pris = ({ navn, gjenkjent, valg }: Scenariotjeneste): Decimal | null => {
    if (gjenkjent.type === "utgatt") return null;
    if (gjenkjent.type === "matrise") {
      // Whole kroner, half-up, exact: the safe-integer fast path (falls back to the Decimal path itself).
      return new Decimal(fiksPrisTall(matrise, gjenkjent.tjeneste, input.innbyggere, input.kundetype, 0));
    }
    return rundHalvOpp(svarUtPris(svarut, {
      altinn: tolkVolum(valg.altinn, `Altinn (${navn})`),
      forsendelser: tolkVolum(valg.forsendelser, `forsendelser (${navn})`),
      svarinn: tolkVolum(valg.svarinn, `SvarInn (${navn})`),
    }, input.kundetype));
  };

  const rader: Kalkulatorrad[] = [];
  for (const linje of scenariotjenester(input, matrise)) {
    const { navn, type, valg } = linje;
    const ny = pris(linje);
    if (type === "tillegg") {
      rader.push({ tjeneste: navn, type, eksisterende: null, ny: null, endringProsent: null, endringKr: null, tillegg: ny, totalNy: ny });
      continue;
    }
    const eksisterende = tolkEksisterende(valg.eksisterende, navn);
    const endringKr = ny === null ? null : eksisterende !== null ? ny.minus(eksisterende) : type === "grunnfinansiering" ? ny : null;
    rader.push({
      tjeneste: navn, type, eksisterende, ny,
      endringProsent: prisendring(eksisterende, ny),
      endringKr, tillegg: null, totalNy: ny,
    });
  }
  return { rader, sum: summer(rader) };
}

/** An existing price arrives as a number (form, JSON): not re-read, but held to the bounds of an amount. */
function tolkEksisterende(verdi: number | null | undefined, navn: string): Decimal | null {
  if (verdi === null || verdi === undefined) return null;
  const svar = typeof verdi === "number" ? lesTall(verdi, TALLKRAV.belop) : null;
  if (svar === null || svar.type !== "tall") {
    throw new PrisFeil(`Eksisterende pris for ${navn} ${svar?.type === "feil" ? svar.melding : `må være ${TALLKRAV.belop.hva} (${TALLKRAV.belop.regel}), fikk «${String(verdi)}»`}.`);
  }
  return svar.verdi;
}

function summer(rader: Kalkulatorrad[]): Kalkulatorsum {
  const sum = (velg: (r: Kalkulatorrad) => Decimal | null) =>
    rader.reduce((s, r) => s.plus(velg(r) ?? 0), new Decimal(0));
  const eksisterende = sum((r) => r.eksisterende);
  const ny = sum((r) => r.ny);
  const tillegg = sum((r) => r.tillegg);
  return {
    eksisterende,
    ny,
    endringProsent: prisendring(eksisterende.isZero() ? null : eksisterende, ny),
    endringKr: ny.minus(eksisterende),
    tillegg,
    totalNy: ny.plus(tillegg),
  };
}
