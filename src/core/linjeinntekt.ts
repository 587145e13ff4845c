import { Decimal } from "./desimal";
import type { Matrisekundetype, Prisledd } from "./prismatrise";

/** Σ P and Σ P² of the customers of one kundetype priced by model 1 for one line (exact integers). */
interface Gruppe {
  readonly antall: number;
  readonly sumP: Decimal;
  readonly sumP2: Decimal;
}

const NULL = new Decimal(0);
const TOM_GRUPPE: Gruppe = { antall: 0, sumP: NULL, sumP2: NULL };

/**
 * One priced line of the sector (a matrix service or SvarUt): who pays for it and its revenue, rounded (as
 * invoiced) and exact. The exact revenue of the model-priced users is kept in closed form from Σ P and Σ P², so
 * a what-if change of the line's price terms updates it in O(1).
 */
export interface Linje {
  /** Customer indices of every user. */
  readonly brukere: number[];
  /** Per kundetype: the model-priced users (their lines change when the kundetype's terms change). */
  readonly modellbrukere: Record<Matrisekundetype, number[]>;
  grupper: Record<Matrisekundetype, Gruppe>;
  /** Exact revenue from users not priced by model 1 (fixed prices, SvarUt). */
  fastEksakt: Decimal;
  /** Exact revenue from the model-priced users, per kundetype. */
  modellEksakt: Record<Matrisekundetype, Decimal>;
  /** Σ the users' lines in whole kroner. */
  inntekt: number;
}

export function nyLinje(): Linje {
  return {
    brukere: [],
    modellbrukere: { KOMMUNE: [], FYLKESKOMMUNE: [] },
    grupper: { KOMMUNE: TOM_GRUPPE, FYLKESKOMMUNE: TOM_GRUPPE },
    fastEksakt: NULL,
    modellEksakt: { KOMMUNE: NULL, FYLKESKOMMUNE: NULL },
    inntekt: 0,
  };
}

/** Records a model-priced user with population P. */
export function leggTilModellbruker(linje: Linje, kundetype: Matrisekundetype, i: number, innbyggere: number): void {
  const g = linje.grupper[kundetype];
  const p = new Decimal(innbyggere);
  linje.grupper = { ...linje.grupper, [kundetype]: { antall: g.antall + 1, sumP: g.sumP.plus(p), sumP2: g.sumP2.plus(p.times(p)) } };
  linje.modellbrukere[kundetype].push(i);
}

/**
 * Σ_i modellpris(ledd, P_i, Pref) over a kundetype's users in closed form: (n·f·Pref + r·(Pref·ΣP − a·ΣP²)) / Pref.
 * The same rational number as summing the exact prices (the left side of the calibration equation), one division.
 */
export function modellsum(ledd: Prisledd | null, linje: Linje, kundetype: Matrisekundetype, pref: number): Decimal {
  const g = linje.grupper[kundetype];
  if (!ledd || g.antall === 0) return NULL;
  return ledd.fastpris.times(g.antall).times(pref)
    .plus(ledd.innbyggerpris.times(g.sumP.times(pref).minus(ledd.justering.times(g.sumP2))))
    .div(pref);
}

export function eksaktInntekt(linje: Linje): Decimal {
  return linje.fastEksakt.plus(linje.modellEksakt.KOMMUNE).plus(linje.modellEksakt.FYLKESKOMMUNE);
}
