import { type Bandgrense, type Bandsett, finnBand, finnBandMotTerskler, kroneterskler } from "./baand";
import { Decimal } from "./desimal";
import type { Fordeling } from "../okonomi/effekttyper";
import type { Kunde } from "../okonomi/kundeliste";
import { KUNDETYPER, type Kundetype } from "./kundetype";

/** Én kundes grunnlag, forberedt én gang så det å plassere en ny total i båndene er heltallsregning. */
interface Grunnlag {
  gammel: Decimal | null;
  /** Grunnlaget som sikkert heltall når det er et. */
  tall: number | null;
  /** Prosentgrensene i kroner for denne kunden (grunnlag × grense / 100); null uten et grunnlag > 0. */
  prosentterskler: Decimal[] | null;
  /** Den største endringen i hele kroner i hvert prosentbånd (når `tall` er satt). */
  prosentmaks: number[] | null;
}

/** Det første båndet der største verdi i hele kroner er ≥ e (e et helt antall kroner). */
function heltallsband(maks: readonly number[], e: number): number {
  for (let k = 0; k < maks.length; k++) if (e <= maks[k]) return k;
  return maks.length;
}

/**
 * Det største hele tallet i hvert bånd under en grense: inklusiv ? ⌊t⌋ : ⌈t⌉ − 1. For en endring e i hele kroner
 * er "e ≤ maks" da nøyaktig "e ≤ t" (inklusiv) eller "e < t".
 */
function heltallsgrenser(grenser: readonly Bandgrense[], terskler: readonly Decimal[]): number[] {
  return grenser.map((g, k) => (g.inklusiv ? terskler[k].floor() : terskler[k].ceil().minus(1)).toNumber());
}

const positiv = (g: Decimal | null): g is Decimal => g !== null && g.isPositive() && !g.isZero();

/**
 * Hvor hver kundes endring (ny total − grunnlag) havner i prosent- og kronebåndene, holdt oppdatert mens
 * totalene endres (hva-om), og fordelingen per kundetype. Eksakt: endringer i hele kroner sammenlignes med
 * forhåndsberegnede heltallsgrenser; andre grunnlag går gjennom Decimal.
 */
export class Bandplassering {
  private readonly grunnlag: readonly Grunnlag[];
  private readonly kronemaks: number[];
  /** Båndindekser per kunde; null uten grunnlag. */
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

  /** Plasserer kunde i med ny total `ny` (hele kroner). */
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

  /** Fordelingen av hver kundetypes kunder på båndene (som i KS' publiserte tabeller). */
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
