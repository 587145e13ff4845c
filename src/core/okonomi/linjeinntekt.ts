import { Decimal } from "../modell/desimal";
import type { Matrisekundetype, Prisledd } from "../modell/prismatrise";

/** Σ P og Σ P² for kundene av én kundetype som prises etter modell 1 på én linje (eksakte heltall). */
interface Gruppe {
  readonly antall: number;
  readonly sumP: Decimal;
  readonly sumP2: Decimal;
}

const NULL = new Decimal(0);
const TOM_GRUPPE: Gruppe = { antall: 0, sumP: NULL, sumP2: NULL };

/**
 * Én prissatt linje i sektoren (en matrisetjeneste eller SvarUt): hvem som betaler for den og inntekten, avrundet
 * (som fakturert) og eksakt. Den eksakte inntekten fra brukerne som prises etter modellen holdes på lukket form fra
 * Σ P og Σ P², så en hva-om-endring av linjens prisledd oppdaterer den i O(1).
 */
export interface Linje {
  /** Kundeindeksene til hver bruker. */
  readonly brukere: number[];
  /** Per kundetype: brukerne som prises etter modellen (linjene deres endres når kundetypens prisledd endres). */
  readonly modellbrukere: Record<Matrisekundetype, number[]>;
  grupper: Record<Matrisekundetype, Gruppe>;
  /** Eksakt inntekt fra brukere som ikke prises etter modell 1 (fastpriser, SvarUt). */
  fastEksakt: Decimal;
  /** Eksakt inntekt fra brukerne som prises etter modellen, per kundetype. */
  modellEksakt: Record<Matrisekundetype, Decimal>;
  /** Σ brukernes linjer i hele kroner. */
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

/** Fører opp en bruker som prises etter modellen, med innbyggertall P. */
export function leggTilModellbruker(linje: Linje, kundetype: Matrisekundetype, i: number, innbyggere: number): void {
  const g = linje.grupper[kundetype];
  const p = new Decimal(innbyggere);
  linje.grupper = { ...linje.grupper, [kundetype]: { antall: g.antall + 1, sumP: g.sumP.plus(p), sumP2: g.sumP2.plus(p.times(p)) } };
  linje.modellbrukere[kundetype].push(i);
}

/**
 * Σ_i modellpris(ledd, P_i, Pref) over en kundetypes brukere på lukket form: (n·f·Pref + r·(Pref·ΣP − a·ΣP²)) / Pref.
 * Det samme brøktallet som summen av de eksakte prisene (venstresiden i kalibreringslikningen), med én divisjon.
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
