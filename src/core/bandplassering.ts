import { type Bandgrense, type Bandsett, finnBand, finnBandMotTerskler, kroneterskler } from "./baand";
import { Decimal } from "./desimal";
import type { Fordeling } from "./effekttyper";
import type { Kunde } from "./kundeliste";
import { KUNDETYPER, type Kundetype } from "./kundetype";

/** One customer's baseline, prepared once so that placing a new total in its bands is integer arithmetic. */
interface Grunnlag {
  gammel: Decimal | null;
  /** The baseline as a safe integer when it is one. */
  tall: number | null;
  /** Percentage limits as kroner for this customer (grunnlag × grense / 100); null without a baseline > 0. */
  prosentterskler: Decimal[] | null;
  /** The largest whole-krone change in each percentage band (when `tall` is set). */
  prosentmaks: number[] | null;
}

/** The first band whose largest whole-krone value is ≥ e (e a whole number of kroner). */
function heltallsband(maks: readonly number[], e: number): number {
  for (let k = 0; k < maks.length; k++) if (e <= maks[k]) return k;
  return maks.length;
}

/**
 * The largest whole number in each band below a limit: inklusiv ? ⌊t⌋ : ⌈t⌉ − 1. For a whole-krone change e,
 * "e ≤ maks" is then exactly "e ≤ t" (inklusiv) or "e < t".
 */
function heltallsgrenser(grenser: readonly Bandgrense[], terskler: readonly Decimal[]): number[] {
  return grenser.map((g, k) => (g.inklusiv ? terskler[k].floor() : terskler[k].ceil().minus(1)).toNumber());
}

const positiv = (g: Decimal | null): g is Decimal => g !== null && g.isPositive() && !g.isZero();

/**
 * Where each customer's change (new total − baseline) falls in the percentage and the krone bands, kept current
 * as totals change (what-if), and the distribution per kundetype. Exact: whole-krone changes are compared with
 * precomputed integer limits; other baselines go through Decimal.
 */
export class Bandplassering {
  private readonly grunnlag: readonly Grunnlag[];
  private readonly kronemaks: number[];
  /** Band indices per customer; null without a baseline. */
  readonly prosentband: (number | null)[] = [];
  readonly kroneband: (number | null)[] = [];

  constructor(
    gammel: readonly (Decimal | null)[],
    private readonly prosentsett: Bandsett,
    private readonly kronesett: Bandsett,
  ) {
    this.grunnlag = gammel.map((g) => {
      const tall = g !== null && g.isInteger() && g.abs().lte(Number.MAX_SAFE_INTEGER) ? g.toNumber() : null;
      const prosentterskler = positiv(g) ? kroneterskler(prosentsett, g) : null;
      const prosentmaks = prosentterskler && tall !== null ? heltallsgrenser(prosentsett.grenser, prosentterskler) : null;
      return { gammel: g, tall, prosentterskler, prosentmaks };
    });
    this.kronemaks = heltallsgrenser(kronesett.grenser, kronesett.grenser.map((g) => g.verdi));
  }

  gammel(i: number): Decimal | null {
    return this.grunnlag[i].gammel;
  }

  /** Places customer i with new total `ny` (whole kroner). */
  plasser(i: number, ny: number): void {
    const g = this.grunnlag[i];
    if (g.tall !== null) {
      const e = ny - g.tall;
      this.kroneband[i] = heltallsband(this.kronemaks, e);
      this.prosentband[i] = g.prosentmaks ? heltallsband(g.prosentmaks, e) : null;
      return;
    }
    if (g.gammel === null) {
      this.prosentband[i] = null;
      this.kroneband[i] = null;
      return;
    }
    const endring = new Decimal(ny).minus(g.gammel);
    const terskler = g.prosentterskler;
    this.prosentband[i] = terskler ? finnBandMotTerskler(this.prosentsett.grenser, endring, (_, k) => terskler[k]) : null;
    this.kroneband[i] = finnBand(this.kronesett, endring);
  }

  /** The distribution of each kundetype's customers over the bands (like KS's published tables). */
  fordeling(kunder: readonly Kunde[], enhet: Bandsett["enhet"]): Fordeling[] {
    const [bandsett, plassering] = enhet === "prosent" ? [this.prosentsett, this.prosentband] : [this.kronesett, this.kroneband];
    const perType = new Map<Kundetype, { antall: number; uten: number; band: number[] }>();
    kunder.forEach((k, i) => {
      let f = perType.get(k.kundetype);
      if (!f) {
        f = { antall: 0, uten: 0, band: new Array(bandsett.band.length).fill(0) };
        perType.set(k.kundetype, f);
      }
      f.antall += 1;
      const b = plassering[i];
      if (b === null) f.uten += 1;
      else f.band[b] += 1;
    });
    return KUNDETYPER.filter((k) => perType.has(k)).map((kundetype) => {
      const f = perType.get(kundetype)!;
      const med = f.antall - f.uten;
      return {
        kundetype,
        antallKunder: f.antall,
        medGrunnlag: med,
        utenGrunnlag: f.uten,
        band: bandsett.band.map((b, j) => ({ ...b, antall: f.band[j], andel: med > 0 ? new Decimal(f.band[j]).div(med) : null })),
      };
    });
  }
}
