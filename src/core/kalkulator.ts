import { rundHalvOpp } from "./avrunding";
import { Decimal } from "./desimal";
import { PrisFeil } from "./feil";
import type { Kundetype } from "./kundetype";
import { GRUNNFINANSIERING, type Prismatrise } from "./prismatrise";
import { prisendring } from "./prisendring";
import { fiksPrisTall } from "./raskpris";
import { type SvarUtTabell, svarUtPris, tolkVolum } from "./svarut";
import { lesTall, TALLKRAV } from "./tallkrav";
import { gjenkjennTjeneste, MIN_KOMMUNE, SVARUT } from "./tjenester";
import { tjenestenokkel } from "./tjenestenokkel";

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
  const sett = new Set<string>();
  const rader: Kalkulatorrad[] = [];
  const pris = (valg: Tjenestevalg): { navn: string; pris: Decimal | null } => {
    const gjenkjent = gjenkjennTjeneste(matrise, valg.tjeneste);
    const navn = gjenkjent.type === "matrise" ? gjenkjent.tjeneste.navn : gjenkjent.type === "svarut" ? SVARUT : MIN_KOMMUNE;
    const nokkel = tjenestenokkel(navn);
    if (sett.has(nokkel)) throw new PrisFeil(`Tjenesten «${navn}» er valgt mer enn én gang.`);
    sett.add(nokkel);
    if (gjenkjent.type === "utgatt") return { navn, pris: null };
    if (gjenkjent.type === "matrise") {
      // Whole kroner, half-up, exact: the safe-integer fast path (falls back to the Decimal path itself).
      return { navn, pris: new Decimal(fiksPrisTall(matrise, gjenkjent.tjeneste, input.innbyggere, input.kundetype, 0)) };
    }
    const eksakt = svarUtPris(svarut, {
      altinn: tolkVolum(valg.altinn, `Altinn (${navn})`),
      forsendelser: tolkVolum(valg.forsendelser, `forsendelser (${navn})`),
      svarinn: tolkVolum(valg.svarinn, `SvarInn (${navn})`),
    }, input.kundetype);
    return { navn, pris: rundHalvOpp(eksakt) };
  };

  const brukerGrunnfinansiering = input.tjenester.some((t) => tjenestenokkel(t.tjeneste) === tjenestenokkel(GRUNNFINANSIERING));
  const medGrunnfinansiering = input.kundetype === "KOMMUNE" || input.kundetype === "FYLKESKOMMUNE";
  const brukte: Tjenestevalg[] = medGrunnfinansiering && !brukerGrunnfinansiering
    ? [{ tjeneste: GRUNNFINANSIERING }, ...input.tjenester]
    : input.tjenester;

  for (const valg of brukte) {
    const { navn, pris: ny } = pris(valg);
    const eksisterende = tolkEksisterende(valg.eksisterende, navn);
    const type: Radtype = ny === null ? "utgatt" : navn === GRUNNFINANSIERING ? "grunnfinansiering" : "tjeneste";
    const endringKr = ny === null ? null : eksisterende !== null ? ny.minus(eksisterende) : type === "grunnfinansiering" ? ny : null;
    rader.push({
      tjeneste: navn, type, eksisterende, ny,
      endringProsent: prisendring(eksisterende, ny),
      endringKr, tillegg: null, totalNy: ny,
    });
  }
  for (const v of input.vurder) {
    const { navn, pris: tillegg } = pris(typeof v === "string" ? { tjeneste: v } : v);
    if (tillegg === null) throw new PrisFeil(`${navn} kan ikke vurderes som ny tjeneste: den inngår i grunnfinansieringen fra 2025.`);
    rader.push({ tjeneste: navn, type: "tillegg", eksisterende: null, ny: null, endringProsent: null, endringKr: null, tillegg, totalNy: tillegg });
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
